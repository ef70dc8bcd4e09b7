import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one logger. Log keys are identifiers we own (request id, phase, processor id), never the
 * subject's data: no events, bodies, emails, names, task tokens or link secrets.
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'dsr',
});
