import type { Executions } from '#ports/executions.ts';
import type { Ports } from '#ports/index.ts';
import type { OpsQuery } from '#ports/ops-query.ts';

/** What the operator use cases need: the table ports plus the ops-only query and executions. */
export type OpsPorts = Pick<
  Ports,
  'requests' | 'audit' | 'merchants' | 'clock'
> & {
  query: OpsQuery;
  executions: Executions;
};

/** An operator command cannot be carried out (the message says why; it never quotes personal data). */
export class OpsRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpsRefusedError';
  }
}
