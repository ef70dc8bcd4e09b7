/** The sv texts of offboarding.ts (loaded when a text in this language is first read: lazy.ts). */
import type { OffboardingMessages } from '../offboarding.ts';

export const sv: OffboardingMessages = {
  subject: (shop) => `${shop}: butikens uppgifter hos oss raderas`,
  told: (shop, day) =>
    `Shopify meddelade oss den ${day} att ${shop} har tagit bort vår integritetsapp från butiken.`,
  erasing: (shop, when) =>
    `Från och med ${when} raderar vi allt vi har om ${shop}.`,
  what: 'Det gäller varje begäran om personuppgifter, även de som fortfarande pågår (de raderas ofullbordade, och att besvara dem blir då ert ansvar), med händelselogg, exporter, intyg, uppladdade filer och mottagna e-postmeddelanden, butikens kunduppgifter som lagras här och konsolens medlemmar.',
  kept: 'Vi sparar bara en uppgift om att raderingen har skett: datumen och hur mycket som raderades.',
  export:
    'Spara innan dess det ni behöver som personuppgiftsansvarig: ladda ned registret över begäranden under Rapporter och spara det ni behöver från varje begärans sida.',
  cancelHow:
    'Har ni installerat appen igen eller tagit bort den av misstag? En administratör kan avbryta raderingen i konsolen:',
  bannerTitle: 'Butikens uppgifter kommer att raderas',
  begun: (when) =>
    `Raderingen började den ${when} och kan inte längre stoppas.`,
  open: (count) =>
    count === 1
      ? '1 begäran pågår fortfarande och raderas ofullbordad.'
      : `${count} begäranden pågår fortfarande och raderas ofullbordade.`,
  cancelButton: 'Avbryt raderingen',
  askAdmin: 'En administratör för butiken kan avbryta raderingen.',
  cancelled: 'Raderingen är avbruten: ingenting raderas.',
};
