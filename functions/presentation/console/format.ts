/** Dates and times as the console shows them: in the reader's language, in the shop's time zone. */
import type { Locale } from '#domain/schemas.ts';
import { messages } from '../i18n/index.ts';

/** `5 March 2026, 14:05` in the locale's style, in `timeZone`; with `zone`, the zone's name too. */
export function formatDateTime(
  iso: string,
  locale: Locale,
  timeZone: string,
  zone = false,
): string {
  return new Date(iso).toLocaleString(messages(locale).dateLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    ...(zone ? { timeZoneName: 'short' } : {}),
  });
}
