/**
 * Words of the request form's question on an objection (Art. 21), in every supported locale:
 * direct marketing, which the shop must stop (Art. 21(2)-(3)), or another use of the data, which
 * the shop weighs (Art. 21(1)). Addressed to the shopper as the form is.
 */
import type { ObjectionScope } from '#domain/request.ts';
import type { Locale } from '#domain/schemas.ts';

type S = string;

export interface ObjectionFormMessages {
  legend: S;
  hint: S;
  scopes: Record<ObjectionScope, { label: S; explain: S }>;
  errors: {
    /** An objection without saying to what. */
    scope: S;
    /** An objection to another use without the shopper's words. */
    details: S;
  };
}

const en: ObjectionFormMessages = {
  legend: 'Stop using my data: what do you object to?',
  hint: 'Only for “Stop using my data”.',
  scopes: {
    'direct-marketing': {
      label: 'Direct marketing',
      explain:
        'newsletters, offers and advertising, and profiling for them. The shop must stop.',
    },
    other: {
      label: 'Another use of my data',
      explain:
        'for example profiling or analytics. Say which use and why under “Anything we should know”: the shop weighs your reasons against its own.',
    },
  },
  errors: {
    scope:
      'Say what you object to: direct marketing, or another use of your data.',
    details:
      'Say which use of your data you object to, and why, under “Anything we should know”.',
  },
};

const fi: ObjectionFormMessages = {
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

const sv: ObjectionFormMessages = {
  legend: 'Sluta använda mina uppgifter: vad invänder du mot?',
  hint: 'Bara för ”Sluta använda mina uppgifter”.',
  scopes: {
    'direct-marketing': {
      label: 'Direktmarknadsföring',
      explain:
        'nyhetsbrev, erbjudanden och reklam samt profilering för dem. Butiken måste sluta.',
    },
    other: {
      label: 'En annan användning av mina uppgifter',
      explain:
        'till exempel profilering eller analys. Skriv under ”Något vi bör veta” vilken användning du invänder mot och varför: butiken väger dina skäl mot sina egna.',
    },
  },
  errors: {
    scope:
      'Ange vad du invänder mot: direktmarknadsföring eller en annan användning av dina uppgifter.',
    details:
      'Skriv under ”Något vi bör veta” vilken användning av dina uppgifter du invänder mot och varför.',
  },
};

const de: ObjectionFormMessages = {
  legend: 'Nutzung meiner Daten beenden: Wogegen widersprechen Sie?',
  hint: 'Nur für „Nutzung meiner Daten beenden“.',
  scopes: {
    'direct-marketing': {
      label: 'Direktwerbung',
      explain:
        'Newsletter, Angebote und Werbung sowie Profiling dafür. Der Shop muss sie einstellen.',
    },
    other: {
      label: 'Eine andere Nutzung meiner Daten',
      explain:
        'zum Beispiel Profiling oder Analysen. Geben Sie unter „Was wir wissen sollten“ an, welcher Nutzung Sie widersprechen und warum: Der Shop wägt Ihre Gründe gegen seine eigenen ab.',
    },
  },
  errors: {
    scope:
      'Geben Sie an, wogegen Sie widersprechen: Direktwerbung oder eine andere Nutzung Ihrer Daten.',
    details:
      'Geben Sie unter „Was wir wissen sollten“ an, welcher Nutzung Ihrer Daten Sie widersprechen und warum.',
  },
};

const fr: ObjectionFormMessages = {
  legend: 'Ne plus utiliser mes données\u00a0: à quoi vous opposez-vous\u00a0?',
  hint: 'Uniquement pour «\u00a0Ne plus utiliser mes données\u00a0».',
  scopes: {
    'direct-marketing': {
      label: 'La prospection',
      explain:
        'lettres d’information, offres et publicité, ainsi que le profilage qui y est lié. La boutique doit y mettre fin.',
    },
    other: {
      label: 'Une autre utilisation de mes données',
      explain:
        'par exemple le profilage ou l’analyse d’audience. Indiquez sous «\u00a0Ce que nous devrions savoir\u00a0» quelle utilisation et pourquoi\u00a0: la boutique met en balance vos raisons et les siennes.',
    },
  },
  errors: {
    scope:
      'Indiquez ce à quoi vous vous opposez\u00a0: la prospection ou une autre utilisation de vos données.',
    details:
      'Indiquez sous «\u00a0Ce que nous devrions savoir\u00a0» à quelle utilisation de vos données vous vous opposez, et pourquoi.',
  },
};

export const OBJECTION_FORM_MESSAGES: Record<Locale, ObjectionFormMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
