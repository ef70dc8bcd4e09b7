/** A file size in a language's own numbers and units, for every catalogue of uploads.ts. */
const number = (locale: string, value: number, digits: number) =>
  new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);

/** KB below one MB (rounded up, at least 1), MB with one decimal above. */
export const sizeIn =
  (locale: string, kb: string, mb: string, space = '\u00a0') =>
  (bytes: number) =>
    bytes < 1024 * 1024
      ? `${number(locale, Math.max(1, Math.ceil(bytes / 1024)), 0)}${space}${kb}`
      : `${number(locale, bytes / (1024 * 1024), 1)}${space}${mb}`;
