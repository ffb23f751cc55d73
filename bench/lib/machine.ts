import os from 'node:os';

/** The machine the figures belong to: they mean little without it. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const ram = (os.totalmem() / 1024 ** 3).toFixed(1);
  return [
    `CPU: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores (${os.availableParallelism()} usable)`,
    `RAM: ${ram} GiB`,
    `Node: ${process.version} on ${os.platform()} ${os.release()} (${os.arch()})`,
  ].join('\n');
}
