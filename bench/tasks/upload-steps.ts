import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmployerAccessContext } from '@groupdesk/api/src/features/access/employer-access';
import type { TaskApp } from './task-app';

type JobAttempt = { retryCount: number; retryLimit: number };

/** The upload's service functions the bench times, with the signatures they are expected to have. */
export interface UploadSteps {
  receiveInsuredListUpload(
    app: TaskApp,
    access: EmployerAccessContext,
    user: { id: string; language: string },
    upload: { fileName: string; content: Buffer },
  ): Promise<{ id: string }>;
  runUploadValidation(app: TaskApp, actionId: string, attempt: JobAttempt): Promise<void>;
  applyUpload(
    app: TaskApp,
    access: EmployerAccessContext,
    userId: string,
    actionId: string,
    body: { resolutions: { sheetRow: number; take: 'file' | 'app' }[] },
  ): Promise<unknown>;
}

const featureDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../apps/api/src/features/insured-list',
);

/**
 * The upload is being written while the bench is: its functions are looked up by name among the feature's
 * modules, so that the bench runs, and says which step is not available, before they exist. Once they are
 * all committed, static imports should replace this.
 */
export async function findUploadSteps(): Promise<Partial<UploadSteps>> {
  const found: Record<string, unknown> = {};
  const modules = fs
    .readdirSync(featureDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  for (const file of modules) {
    Object.assign(found, (await import(path.join(featureDir, file))) as Record<string, unknown>);
  }
  const steps: Partial<UploadSteps> = {};
  for (const name of ['receiveInsuredListUpload', 'runUploadValidation', 'applyUpload'] as const) {
    if (typeof found[name] === 'function') Object.assign(steps, { [name]: found[name] });
  }
  return steps;
}

export const notAvailable = (...names: string[]) => ({
  available: false as const,
  reason: `not available: ${names.join(', ')} not in apps/api/src/features/insured-list yet`,
});
