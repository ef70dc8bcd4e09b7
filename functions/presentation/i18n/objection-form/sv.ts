/** The sv texts of objection-form.ts (loaded when a text in this language is first read: lazy.ts). */
import type { ObjectionFormMessages } from '../objection-form.ts';

export const sv: ObjectionFormMessages = {
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
