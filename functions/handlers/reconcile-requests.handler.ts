import {
  reconcilePorts,
  reconcileSettings,
} from '#composition/aws/reconcile.ts';
import * as z from '#domain/zod.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { reconcileRequests } from '#use-cases/reconcile-requests.ts';

const config = readConfig();
const ports = reconcilePorts(config);
const settings = reconcileSettings();

/** An EventBridge scheduled event: its `time` is the instant the reconciler runs for. */
const ScheduledEvent = z.object({ time: z.iso.datetime({ offset: true }) });

export const handler = taskHandler(ScheduledEvent, (event) =>
  reconcileRequests(
    { now: new Date(event.time).toISOString(), ...settings },
    ports,
  ),
);
