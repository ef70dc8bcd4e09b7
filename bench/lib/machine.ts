/** Facts about the machine a benchmark ran on, stored beside the figures. */
import { execFileSync } from 'node:child_process';
import {
  arch,
  cpus,
  freemem,
  loadavg,
  platform,
  release,
  totalmem,
} from 'node:os';

export function machineFacts() {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${platform()} ${release()} ${arch()}`,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeMemoryGiB: Number((freemem() / 2 ** 30).toFixed(1)),
    /** 1, 5 and 15 minute load averages at the end: timings from a busy machine read long. */
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    commit: git('rev-parse', 'HEAD'),
    dirtyWorkTree: (git('status', '--porcelain') ?? '').length > 0,
  };
}
