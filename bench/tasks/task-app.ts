import { loadConfig } from '@groupdesk/api/src/config';
import { findEmployerAccess } from '@groupdesk/api/src/features/access/employer-access';
import type { SessionUser } from '@groupdesk/api/src/features/session/session-store';
import { buildServer } from '@groupdesk/api/src/server-factory';
import type { TaskInput } from '../lib/task-runtime';

/**
 * The app as a job process builds it, without workers: the bench calls the job bodies itself, so that
 * nothing else runs in the process while it is measured.
 */
export async function openTaskApp(input: TaskInput) {
  const config = loadConfig({
    NODE_ENV: 'production',
    WORKERS: '0',
    DATA_DIR: input.dataDir,
    LOG_LEVEL: 'silent',
  });
  const app = await buildServer({
    config,
    databaseUrl: input.databaseUrl,
    sessionSecret: 'bench-session-secret-not-used-for-any-login',
  });
  const found = await app.pool.query<SessionUser>(
    'select id, email, name, language, kind from users where email = $1',
    [input.userEmail],
  );
  const user = found.rows[0];
  const access = user ? await findEmployerAccess(app.db, user, input.employerId) : null;
  if (!user || !access) throw new Error(`${input.userEmail} has no access to employer ${input.employerId}`);
  return { app, user, access };
}
