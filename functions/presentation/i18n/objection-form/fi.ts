/** The fi texts of objection-form.ts (loaded when a text in this language is first read: lazy.ts). */
import type { ObjectionFormMessages } from '../objection-form.ts';

export const fi: ObjectionFormMessages = {
  legend: 'Tietojeni käytön lopettaminen: mitä vastustat?',
  hint: 'Vain vaihtoehdossa ”Lopeta tietojeni käyttö”.',
  scopes: {
    'direct-marketing': {
      label: 'Suoramarkkinointia',
      explain:
        'uutiskirjeet, tarjoukset ja mainonta sekä niitä varten tehtävä profilointi. Kaupan on lopetettava se.',
    },
    other: {
      label: 'Tietojeni muuta käyttöä',
      explain:
        'esimerkiksi profilointia tai analytiikkaa. Kerro kohdassa ”Mitä meidän pitäisi tietää”, mitä käyttöä vastustat ja miksi: kauppa punnitsee perustelujasi omiaan vasten.',
    },
  },
  errors: {
    scope:
      'Kerro, mitä vastustat: suoramarkkinointia vai tietojesi muuta käyttöä.',
    details:
      'Kerro kohdassa ”Mitä meidän pitäisi tietää”, mitä tietojesi käyttöä vastustat ja miksi.',
  },
};
