import type { RequestType } from '#domain/request.ts';
import { en } from './i18n/en.ts';
import { formatDate as formatLocalDate } from './i18n/index.ts';

/** What each right means for the shopper, in English (other languages: `i18n/`). */
export const RIGHT_LABELS: Record<
  RequestType,
  { title: string; explain: string }
> = en.rights;

export function formatDate(isoDate: string, locale: unknown = 'en'): string {
  return formatLocalDate(isoDate, locale);
}
