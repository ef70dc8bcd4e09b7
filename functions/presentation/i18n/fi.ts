import type { Messages } from './messages.ts';

export const fi: Messages = {
  dateLocale: 'fi-FI',
  languageName: 'Suomi',
  correction: {
    fields: {
      name: 'Nimi',
      email: 'Sähköpostiosoite',
      phone: 'Puhelinnumero',
      address: 'Osoite',
      other: 'Jokin muu (kuvaile)',
    },
    legend: 'Korjaa tietoni: mikä on väärin ja mikä on oikea tieto?',
    hint: 'Vain korjauspyyntöön. Yksi rivi kutakin tietoa kohden; jätä muut tyhjiksi.',
    what: (n) => `Mikä on väärin (${n})`,
    value: (n) => `Oikea tieto (${n})`,
    error:
      'Kerro korjauspyynnössä, mikä on väärin ja mikä on oikea tieto (kumpikin enintään 500 merkkiä), tai kuvaile se kohdassa ”Mitä meidän pitäisi tietää”.',
    correctTo: (field) => `${field}, oikea tieto`,
    label: 'Korjaukset',
    corrected: (fields) => `korjattu: ${fields}`,
    rejected: (fields) =>
      `ei korjattu, käsittelijä ei hyväksynyt uutta arvoa: ${fields}; kauppa ottaa sinuun yhteyttä`,
    byShop: (fields) => `kauppa korjaa käsin: ${fields}`,
  },
  rights: {
    access: {
      title: 'Näytä tietoni',
      explain:
        'Saat kopion henkilötiedoista, joita kauppa on sinusta tallentanut.',
    },
    portability: {
      title: 'Anna tietoni siirrettävässä muodossa',
      explain:
        'Saat tietosi koneluettavassa tiedostossa, jonka voit viedä toiseen palveluun.',
    },
    erasure: {
      title: 'Poista tietoni',
      explain:
        'Kauppa poistaa henkilötietosi lukuun ottamatta niitä, jotka laki velvoittaa säilyttämään.',
    },
    rectification: {
      title: 'Korjaa tietoni',
      explain:
        'Kauppa korjaa sinua koskevat virheelliset tai puutteelliset tiedot.',
    },
    objection: {
      title: 'Lopeta tietojeni käyttö',
      explain:
        'Kauppa lopettaa tietojesi käytön suoramarkkinointiin tai muihin tarkoituksiin, joita vastustat.',
    },
    restriction: {
      title: 'Rajoita tietojeni käsittelyä',
      explain:
        'Kauppa säilyttää tietosi mutta ei käytä niitä, kunnes niitä koskeva kysymys on ratkaistu.',
    },
  },
  common: {
    reference: (ref) => `Viite: ${ref}`,
    questions: (contact, ref) => `Kysymykset: ${contact}. Viite: ${ref}`,
    theirReasons: 'Perustelut:',
    nothingChanged: 'Mitään ei muutettu.',
  },
  holds: {
    kept: (what, why, basis, until) =>
      `säilytetään: ${what}, ${why} (${basis}), ${until} asti`,
    keptOpen: (what, why, basis) => `säilytetään: ${what}, ${why} (${basis})`,
    holdReasons: {
      'open-order': 'kun tilaus on vielä kesken',
      'chargeback-window': 'maksukiistojen ja palautusten ajan',
      accounting: 'kirjanpitolain vaatimuksesta',
      'legal-claim': 'oikeusvaateen vuoksi',
      'legal-obligation': 'lakisääteisen velvoitteen vuoksi',
      suppression:
        'jotta osoitteeseen ei enää lähetetä markkinointia; näin noudatetaan poistopyyntöäsi ja mahdollista markkinoinnin vastustamista',
    },
  },
  decision: {
    request: 'Pyyntö',
    right: 'Oikeus',
    from: 'Pyytäjä',
    identity: 'Henkilöllisyys',
    due: 'Vastattava viimeistään',
  },
  status: {
    follow: 'Seuraa pyyntöäsi',
    followHint:
      'Tilasivulta näet milloin tahansa, missä vaiheessa pyyntösi on. Pidä linkki omana tietonasi.',
  },
};
