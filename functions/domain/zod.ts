/**
 * zod's tree-shakable build (`zod/mini`, the same core as `zod`) with English messages, the one
 * way schemas are written here: functions load what their schemas use, not every method of every
 * schema type (~26 KB instead of ~90 KB at each cold start, issue 18). `zod` sets its English
 * messages itself; `zod/mini` leaves them to the application, so this module sets them once, and
 * every module that builds a schema imports zod from here, never from the package.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
