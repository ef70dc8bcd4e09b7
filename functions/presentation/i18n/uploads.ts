import type { UploadProblem } from '#use-cases/processor-uploads.ts';
import { perLocale } from './lazy.ts';
import { sizeIn } from './uploads/size.ts';

export interface UploadMessages {
  heading: string;
  /** Above the upload form: how, what and how much. */
  intro: (maxSize: string, maxFiles: number) => string;
  types: string;
  fileLabel: string;
  upload: string;
  /** Under the form: its life, and what to do when S3 refuses a file. */
  formNote: string;
  limitReached: (maxFiles: number) => string;
  listHeading: string;
  none: string;
  /** A listed file's type, or that it is not accepted. */
  type: (label: string) => string;
  notAccepted: (label: string) => string;
  unknownType: string;
  remove: string;
  removeLabel: (name: string) => string;
  problems: Record<UploadProblem, string>;
  /** A size in the locale's units (KB/MB or their local names). */
  size: (bytes: number) => string;
  /** In the merchant's email for a processor that sends its export only to the merchant (Nosto). */
  merchantHint: (processor: string) => string;
  /** The shopper's report.html (access package). */
  report: {
    heading: string;
    intro: string;
    /** A recorded file the store no longer held when the package was made. */
    missing: (name: string) => string;
    folder: string;
  };
}

const en: UploadMessages = {
  heading: 'Hand over the data',
  intro: (maxSize, maxFiles) =>
    `Upload the data you hold about this person here, one file at a time (up to ${maxSize} a file, ${maxFiles} files in all). Each file you upload appears in the list below, where you can remove it until you confirm. Please upload the files before choosing your answer.`,
  types:
    'Accepted: CSV, JSON, XLSX, PDF, ZIP and images (PNG, JPEG, GIF, WebP, HEIC). The type is read from the file’s content.',
  fileLabel: 'File to upload',
  upload: 'Upload',
  formNote:
    'If the upload is refused (for example, a file that is too large), go back to this page and choose another file. Reload the page if it has been open for more than an hour.',
  limitReached: (maxFiles) =>
    `${maxFiles} files have been uploaded, the most that can be handed over. Remove one to upload another.`,
  listHeading: 'Uploaded files',
  none: 'No files uploaded yet.',
  type: (label) => label,
  notAccepted: (label) => `${label}: not accepted, please remove it`,
  unknownType: 'unknown type',
  remove: 'Remove',
  removeLabel: (name) => `Remove ${name}`,
  problems: {
    'not-accepted':
      'A file of a type that is not accepted is still in the list: remove it before confirming.',
    'too-many':
      'There are more files than can be handed over: remove some before confirming.',
    missing:
      'No file has been uploaded: upload the data before answering “Data provided”, or choose another answer.',
    'not-wanted':
      'Files have been uploaded, but the answer hands over no data: remove the files, or choose “Data provided”.',
  },
  // Pure: a function that imports emails.ts but sends no upload email leaves these texts out.
  size: /* @__PURE__ */ sizeIn('en-GB', 'KB', 'MB'),
  merchantHint: (processor) =>
    `${processor} sends its copy of the data to you by email. Upload those files on the same page (please do not forward them by email): they go to the customer in their data package.`,
  report: {
    heading: 'Files handed over by the organisations',
    intro:
      'Some organisations keep your data in their own systems and handed it over as files. They are in this package, in the folder shown for each.',
    missing: (name) =>
      `${name}: handed over, but no longer stored when this package was made; write to the shop to receive it.`,
    folder:
      'processors/: the files the organisations handed over, one folder per organisation.',
  },
};

/** English here; the other languages in uploads/, each loaded when first read (lazy.ts). */
export const UPLOAD_MESSAGES = /* @__PURE__ */ perLocale<UploadMessages>(
  'uploads',
  en,
);
