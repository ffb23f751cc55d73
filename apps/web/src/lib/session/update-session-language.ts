import { sessionResponseSchema } from '@groupdesk/contracts';
import type { updatePreferencesBodySchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

export type UpdatePreferencesBody = z.input<typeof updatePreferencesBodySchema>;

export const updateSessionLanguage = (body: UpdatePreferencesBody) =>
  apiRequest('/session', { method: 'PATCH', body, schema: sessionResponseSchema });

/** Persists the user's interface language on the server. */
export function useUpdateSessionLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSessionLanguage,
    onSuccess: (session) => queryClient.setQueryData(queryKeys.session, session),
  });
}
