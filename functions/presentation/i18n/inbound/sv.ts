/** The sv texts of inbound.ts (loaded when a text in this language is first read: lazy.ts). */
import type { InboundDoor, InboundMessages } from '../inbound.ts';

const door: Record<InboundDoor, string> = {
  email: 'via e-post',
  shopify: 'från Shopify-administrationen',
};

export const sv: InboundMessages = {
  subject: (d, r, p) =>
    p
      ? `Integritetsbegäran ${door[d]}: bekräfta vilken sorts begäran det är (${r})`
      : `Ny integritetsbegäran ${door[d]} (${r})`,
  arrived: (d, r) => `En integritetsbegäran har kommit ${door[d]}: ${r}.`,
  from: 'Från',
  asks: 'Begär',
  due: (date) =>
    `Tidsfristen räknas från den dag den kom in: svara senast ${date}.`,
  typed: (p) => `tolkat utifrån meddelandets ordalydelse (${p} % säkert)`,
  linkSent:
    'Avsändaren har fått en länk för att bekräfta sin adress; begäran går vidare som en från formuläret.',
  attested:
    'Begäran gjordes för butikens räkning i Shopify-administrationen, så ingen bekräftelselänk skickas; begäran går vidare till ditt beslut.',
  pending: (g) =>
    g
      ? `Vi kunde inte med säkerhet avgöra vilken rättighet den gäller (vår bästa gissning: ${g}).`
      : 'Vi kunde inte avgöra vilken rättighet den gäller.',
  spam: 'SES markerade meddelandet som skräppost.',
  spoofed:
    'Avsändaren kunde inte autentiseras (både SPF och DKIM misslyckades): adressen kan vara förfalskad.',
  nothingSent:
    'Den väntar på dig: öppna den i konsolen och bekräfta vilken sorts begäran det är. Tills dess skickas ingenting till avsändaren.',
  open: 'Öppna begäran',
  attachments: (n) =>
    `${n} ${n === 1 ? 'bilaga' : 'bilagor'}, sparade oöppnade med begäran.`,
  bounceSubject: (r) =>
    `Vårt e-postmeddelande om begäran ${r} kunde inte levereras`,
  bounce: (w, r) =>
    `${w} för begäran ${r} kunde inte levereras till den adress kunden angav.`,
  bounceWhat: {
    verification: 'Bekräftelselänken',
    result: 'Svaret',
    other: 'E-postmeddelandet',
  },
  bounceAdvice:
    'Kunden kan ha skrivit fel adress. Begäran är flaggad i konsolen; nå kunden på annat sätt om du kan.',
  complaint: (r) =>
    `Mottagaren av vårt meddelande om begäran ${r} markerade det som skräppost. Inga fler meddelanden skickas till den adressen.`,
};
