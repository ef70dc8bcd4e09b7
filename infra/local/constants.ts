/**
 * Names shared by the embedded stack and the tools that attach to it (the ops CLI), kept apart so
 * that those tools load without the emulators.
 */
import { randomUUID } from 'node:crypto';

export const LOCAL_REGION = 'eu-north-1';
export const LOCAL_ACCOUNT = '000000000000';
/** Written into the data folder by `npm start`: the running stack's environment, for the ops CLI. */
export const STACK_FILE = 'stack.json';

/** The event EventBridge sends a scheduled target. */
export function scheduledEvent(at: Date, ruleId: string) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: LOCAL_ACCOUNT,
    time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: LOCAL_REGION,
    resources: [
      `arn:aws:events:${LOCAL_REGION}:${LOCAL_ACCOUNT}:rule/${ruleId}`,
    ],
    detail: {},
  };
}
