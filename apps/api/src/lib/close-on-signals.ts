/**
 * Closes the process once on SIGINT or SIGTERM: `close` runs to its end, then the process exits (1 if it
 * failed). The embedded PostgreSQL package hooks these signals itself (async-exit-hook) to stop its server
 * and exit as soon as that is done, which cut the app's own close short: jobs and requests in flight lost
 * their database ("terminating connection due to administrator command"), and a worker with no embedded
 * server exited before its jobs finished. Those hooks are taken off; `close` stops the database last.
 */
export function closeOnSignals(close: (signal: NodeJS.Signals) => Promise<void>): void {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      close(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}
