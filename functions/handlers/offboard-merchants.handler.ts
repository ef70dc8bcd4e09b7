import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { offboardingStore } from '#composition/aws/offboarding.ts';
import { offboardingErasure } from '#composition/aws/offboarding-erasure.ts';
import { runtimePorts } from '#composition/runtime.ts';
import * as z from '#domain/zod.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { logger } from '#shared/powertools.ts';
import { eraseDueMerchants } from '#use-cases/offboarding/erase.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...offboardingStore(config),
  ...offboardingErasure(config),
  ...runtimePorts(config),
};

/** An EventBridge scheduled event: its `time` is the instant the erasure runs for. */
const ScheduledEvent = z.object({ time: z.iso.datetime({ offset: true }) });

export const handler = taskHandler(ScheduledEvent, async (event, context) => {
  const summary = await eraseDueMerchants(
    { now: new Date(event.time).toISOString() },
    ports,
    () => context?.getRemainingTimeInMillis?.() ?? Number.POSITIVE_INFINITY,
  );
  logger.info('offboarding erasure', { ...summary });
  return summary;
});
