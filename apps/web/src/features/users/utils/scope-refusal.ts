import { isApiError } from '@/lib/api-client';

/**
 * What to tell a Master User limited to some contracts whom the API refused (403): the contracts chosen go
 * beyond theirs, or the user's access does. null for any other failure.
 */
export function scopeRefusalKey(
  error: unknown,
): 'users.scope.contractsOutside' | 'users.scope.userOutside' | null {
  if (!isApiError(error, 403)) return null;
  if (error.code === 'contracts_outside_scope') return 'users.scope.contractsOutside';
  if (error.code === 'user_outside_scope') return 'users.scope.userOutside';
  return null;
}
