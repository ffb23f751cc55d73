import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type DispatchResult, dispatchDueEmails } from './email-dispatcher';

export interface EmailDispatch {
  /** Looks for due e-mails now rather than at the next poll (after a change that queued some). */
  nudge(): void;
  /** Runs the dispatcher once and waits for it (the bench, tests). */
  runOnce(): Promise<DispatchResult>;
}

declare module 'fastify' {
  interface FastifyInstance {
    emailDispatch: EmailDispatch;
  }
}

/**
 * The e-mail dispatcher: in an instance that runs workers, a loop that sends the due rows of the outbox
 * every MAIL_POLL_SECONDS (claims with SKIP LOCKED, so several instances share the work without sending
 * one e-mail twice). An instance with WORKERS=0 only queues.
 */
export default fp(
  async function emailJobs(app: FastifyInstance) {
    let running: Promise<DispatchResult> | null = null;
    let again = false;
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;

    const runOnce = (): Promise<DispatchResult> => {
      if (running) {
        again = true;
        return running;
      }
      running = dispatchDueEmails({ db: app.db, mailer: app.mailer, config: app.config, log: app.log })
        .then((result) => {
          if (result.sent + result.failed + result.retried + result.cancelled > 0)
            app.log.info(result, 'e-mails dispatched');
          return result;
        })
        .finally(() => {
          running = null;
          if (again && !stopped) {
            again = false;
            void runOnce().catch(() => undefined);
          }
        });
      return running;
    };
    const working = app.config.WORKERS > 0;
    app.decorate('emailDispatch', {
      nudge: () => {
        if (working && !stopped)
          runOnce().catch((error: unknown) => app.log.error({ err: error }, 'e-mail dispatch failed'));
      },
      runOnce,
    } satisfies EmailDispatch);
    if (!working) return;

    const poll = () => {
      timer = setTimeout(() => {
        runOnce()
          .catch((error: unknown) => app.log.error({ err: error }, 'e-mail dispatch failed'))
          .finally(() => {
            if (!stopped) poll();
          });
      }, app.config.MAIL_POLL_SECONDS * 1000);
    };
    app.addHook('onReady', async () => poll());
    app.addHook('onClose', async () => {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    });
  },
  { name: 'email-jobs', dependencies: ['database', 'mailer'] },
);
