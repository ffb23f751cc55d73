import { type Executor, schema } from '@groupdesk/db';
import { eq } from 'drizzle-orm';
import { type EmployerAccessContext, findEmployerAccess } from '../access/employer-access';

const { users } = schema;

/**
 * The user who asked for an action and what they may do at the employer now: a job rebuilds it when it
 * runs, because access may have been narrowed or revoked since the request. Null when it is gone.
 */
export async function requesterAccess(db: Executor, requestedBy: string | null, employerId: string) {
  if (!requestedBy) return null;
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      kind: users.kind,
    })
    .from(users)
    .where(eq(users.id, requestedBy));
  const access: EmployerAccessContext | null = user ? await findEmployerAccess(db, user, employerId) : null;
  return user && access ? { user, access } : null;
}
