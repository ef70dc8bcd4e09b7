import type { Config } from '#shared/config.ts';
import { runtimePorts } from '../runtime.ts';
import { connectors } from './connectors.ts';
import { dynamoPorts } from './dynamo.ts';
import { powertoolsMetrics } from './metrics.ts';

/** What both job steps use: the table, connectors and their credentials. */
export function jobBase(config: Config) {
  const table = dynamoPorts(config);
  return {
    ...table,
    ...connectors(table),
    ...runtimePorts(config),
    ...powertoolsMetrics(),
  };
}
