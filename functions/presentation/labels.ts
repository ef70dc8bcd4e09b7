import type { RequestType } from '#domain/request.ts';

/** What each right means for the shopper, in one line (English; other languages come with the i18n issue). */
export const RIGHT_LABELS: Record<
  RequestType,
  { title: string; explain: string }
> = {
  access: {
    title: 'See my data',
    explain: 'You get a copy of the personal data the shop holds about you.',
  },
  portability: {
    title: 'Get a copy to move elsewhere',
    explain:
      'You get your data in a machine-readable file you can take to another service.',
  },
  erasure: {
    title: 'Erase my data',
    explain:
      'The shop deletes your personal data, except what the law requires it to keep.',
  },
  rectification: {
    title: 'Correct my data',
    explain: 'The shop corrects data about you that is wrong or incomplete.',
  },
  objection: {
    title: 'Stop using my data (object)',
    explain:
      'The shop stops using your data for marketing or other purposes you object to.',
  },
  restriction: {
    title: 'Restrict use of my data',
    explain:
      'The shop keeps your data but stops using it while a question about it is settled.',
  },
};

export function formatDate(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
