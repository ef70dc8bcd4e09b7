import type { Config } from '#shared/config.ts';
import { jobBase } from './job-base.ts';
import { sesMailerOnFirstSend } from './ses-on-first-send.ts';

/**
 * Check Processor Jobs: polls, reminders, escalations; no export store, no task tokens. Mail goes
 * out only when a reminder or escalation is due, so SES loads then (and this module imports
 * nothing that loads it at init: job-ports.ts does, for Run Processor Job).
 */
export function checkJobPorts(config: Config) {
  return { ...jobBase(config), ...sesMailerOnFirstSend(config) };
}
