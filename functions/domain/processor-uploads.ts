/**
 * The files a processor (or the merchant for it) hands over on the signed confirmation page of an
 * access or portability request: what is accepted, how a file's real type is told from its bytes,
 * and how its name goes into the package. Pure: the use case reads the bytes and passes them in.
 */

/** What the upload form is signed with, and what the page says. */
export const UPLOAD_LIMITS = {
  /** Largest file: S3 refuses a larger one (the POST policy's content-length-range). */
  maxBytes: 100 * 1024 * 1024,
  /** Files per job that can be confirmed (the form is not offered beyond it). */
  maxFiles: 20,
  /** Objects a page lists at most (uploads past `maxFiles` are listed to be removed). */
  listLimit: 100,
  /** An upload form stops working after this long (or when the link expires, if sooner). */
  formSeconds: 3600,
  /** A form with less life left than this is not offered (the link is about to expire). */
  minFormSeconds: 300,
  /** The bytes read from the start of a file to tell its type. */
  sniffBytes: 64 * 1024,
} as const;

/** A type the package accepts: its media type, what a person calls it, its usual extensions. */
export interface AcceptedType {
  mediaType: string;
  label: string;
  extensions: readonly string[];
  /** Deflated in the package (text); already-compressed formats are stored as they are. */
  compress: boolean;
}

export const ACCEPTED_TYPES: readonly AcceptedType[] = [
  { mediaType: 'text/csv', label: 'CSV', extensions: ['csv'], compress: true },
  {
    mediaType: 'application/json',
    label: 'JSON',
    extensions: ['json', 'ndjson', 'jsonl'],
    compress: true,
  },
  {
    mediaType:
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'XLSX',
    extensions: ['xlsx'],
    compress: false,
  },
  {
    mediaType: 'application/pdf',
    label: 'PDF',
    extensions: ['pdf'],
    compress: false,
  },
  {
    mediaType: 'application/zip',
    label: 'ZIP',
    extensions: ['zip'],
    compress: false,
  },
  {
    mediaType: 'image/png',
    label: 'PNG',
    extensions: ['png'],
    compress: false,
  },
  {
    mediaType: 'image/jpeg',
    label: 'JPEG',
    extensions: ['jpg', 'jpeg'],
    compress: false,
  },
  {
    mediaType: 'image/gif',
    label: 'GIF',
    extensions: ['gif'],
    compress: false,
  },
  {
    mediaType: 'image/webp',
    label: 'WebP',
    extensions: ['webp'],
    compress: false,
  },
  {
    mediaType: 'image/heic',
    label: 'HEIC',
    extensions: ['heic'],
    compress: false,
  },
  {
    mediaType: 'image/heif',
    label: 'HEIF',
    extensions: ['heif'],
    compress: false,
  },
];

export function acceptedType(mediaType: string): AcceptedType | undefined {
  return ACCEPTED_TYPES.find((t) => t.mediaType === mediaType);
}

/** What the bytes of a file say it is (file-type's answer for binary formats). */
export interface DetectedType {
  mime: string;
  ext: string;
}

/** A file's type as the page shows it and the package records it. */
export interface Sniffed {
  /** The media type found in the bytes; `application/octet-stream` when nothing is recognised. */
  mediaType: string;
  /** CSV, PDF, DOCX…; "unknown" types are labelled by the caller. */
  label?: string;
  accepted: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** C0 controls other than tab, line feed and carriage return, and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Reads the start of a file as text, strictly: valid UTF-8 (a character cut at the end of a
 * partial read is allowed), no NUL or other control characters. Undefined when it is not text.
 */
export function textStart(
  head: Uint8Array,
  complete: boolean,
): string | undefined {
  if (head.length === 0) return undefined;
  let bytes = head;
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(3);
  if (!complete) {
    // Drop a last character the read cut in two (at most 3 bytes: its lead byte and continuations).
    let cut = bytes.length;
    for (let back = 1; back <= 3 && back <= bytes.length; back++) {
      const byte = bytes[bytes.length - back] as number;
      if ((byte & 0xc0) === 0x80) continue;
      const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      if (needs > back) cut = bytes.length - back;
      break;
    }
    bytes = bytes.subarray(0, cut);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return CONTROL.test(text) ? undefined : text;
}

const extensionOf = (name: string) =>
  /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * The real type of an uploaded file, from its first bytes (`head`) and, for binary formats,
 * `detected` (file-type's reading of the same bytes); never from the declared content type.
 * Text is JSON when it starts with `{` or `[`, CSV when the file is named `.csv`; other text and
 * unrecognised bytes are not accepted. A zip's contents are never opened beyond what tells XLSX
 * (and DOCX, refused) from a plain ZIP.
 */
export function sniffUpload(
  name: string,
  head: Uint8Array,
  complete: boolean,
  detected: DetectedType | undefined,
): Sniffed {
  if (detected) {
    const type = acceptedType(detected.mime);
    return {
      mediaType: detected.mime,
      label: type?.label ?? detected.ext.toUpperCase(),
      accepted: Boolean(type),
    };
  }
  const text = textStart(head, complete);
  if (text !== undefined) {
    if (extensionOf(name) === 'csv')
      return { mediaType: 'text/csv', label: 'CSV', accepted: true };
    if (/^\s*[[{]/.test(text))
      return { mediaType: 'application/json', label: 'JSON', accepted: true };
    return { mediaType: 'text/plain', label: 'TXT', accepted: false };
  }
  return { mediaType: 'application/octet-stream', accepted: false };
}

/** Bidirectional-text and invisible formatting characters (a name must read as it is stored). */
const BIDI_AND_INVISIBLE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** Longest file name in the package, in characters (extension included). */
export const MAX_NAME_CHARS = 100;

/**
 * A file name safe to extract anywhere: no path separators or characters Windows refuses, no
 * control, bidi or invisible characters, no leading dots, at most {@link MAX_NAME_CHARS}
 * characters, and ending in an extension of its detected type (added when missing).
 */
export function safeFileName(name: string, mediaType: string): string {
  let safe = name
    .normalize('NFC')
    .replace(CONTROLS, '')
    .replace(BIDI_AND_INVISIBLE, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .trim()
    .replace(/^\.+/, '')
    .trim();
  const type = acceptedType(mediaType);
  const wanted = type?.extensions ?? [];
  let extension = extensionOf(safe);
  if (wanted.length && !wanted.includes(extension)) {
    extension = wanted[0] as string;
    safe = `${safe || 'file'}.${extension}`;
  }
  if (!safe) safe = 'file';
  const chars = [...safe];
  if (chars.length > MAX_NAME_CHARS) {
    const tail = extension ? `.${extension}` : '';
    safe = `${chars
      .slice(0, MAX_NAME_CHARS - tail.length)
      .join('')
      .trimEnd()}${tail}`;
  }
  return safe;
}

/**
 * Makes names unique within one folder (compared without case, as Windows and macOS extract
 * them): a repeated name gets ` (2)`, ` (3)`… before its extension.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] =
      dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++)
      candidate = `${stem} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * The uploaded file's name from its key: what follows the form's folder under the job's prefix
 * (`<prefix><form id>/<name>`); S3 keeps only the text after the last slash of the browser's name,
 * but a hand-made post may add folders, which stay in the name (and are made safe for the package).
 */
export function uploadedName(key: string, prefix: string): string {
  const rest = key.startsWith(prefix) ? key.slice(prefix.length) : key;
  const slash = rest.indexOf('/');
  return slash >= 0 ? rest.slice(slash + 1) : rest;
}
