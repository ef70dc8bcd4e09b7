import { randomUUID } from 'node:crypto';
import type { AppSettings, Clock, IdGenerator } from '#ports/index.ts';
import type { Config } from '#shared/config.ts';

/** Real time, random ids and settings: the parts every composition shares. */
export function runtimePorts(config: Config): {
  clock: Clock;
  ids: IdGenerator;
  settings: AppSettings;
} {
  return {
    clock: { now: () => new Date() },
    ids: { requestId: () => randomUUID() },
    settings: { publicBaseUrl: config.publicBaseUrl },
  };
}
