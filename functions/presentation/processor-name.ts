import { textIn } from '#domain/localized.ts';
import type { Locale, ProcessorConfig } from '#domain/schemas.ts';

/**
 * A processor's name in `locale`: the one accessor every email, page and document names a
 * processor by (register.ts re-exports it). A module of its own, so a page that only names
 * processors does not load the register's texts and the supervisory authorities with it.
 */
export const processorName = (
  processor: Pick<ProcessorConfig, 'name'>,
  locale: Locale,
): string => textIn(processor.name, locale);
