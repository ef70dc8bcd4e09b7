/** The sv texts of refusals.ts (loaded when a text in this language is first read: lazy.ts). */
import type { RefusalMessages } from '../refusals.ts';

export const sv: RefusalMessages = {
  groundLabels: {
    'manifestly-unfounded': 'Uppenbart ogrundad (artikel 12.5)',
    excessive: 'Orimlig (artikel 12.5)',
    'identity-unconfirmed':
      'Den begärandes identitet kunde inte bekräftas, inte heller med de uppgifter som begärts (artiklarna 11.2 och 12.2)',
    'no-erasure-ground':
      'Radering: inget av skälen i artikel 17.1 är tillämpligt (till exempel behövs uppgifterna fortfarande för det ändamål för vilket de samlades in)',
    'portability-not-applicable':
      'Dataportabilitet: behandlingen grundar sig inte på samtycke eller avtal, eller sker inte automatiserat (artikel 20.1)',
    'compelling-legitimate-grounds':
      'Invändning: tvingande berättigade skäl för behandlingen väger tyngre än kundens intressen, rättigheter och friheter (artikel 21.1)',
    'objection-legal-claims':
      'Invändning: behandlingen behövs för fastställande, utövande eller försvar av rättsliga anspråk (artikel 21.1)',
    other: 'Annat (förklara nedan)',
    'legal-obligation':
      'Radering: uppgifterna måste sparas för att uppfylla en rättslig förpliktelse (artikel 17.3 b)',
    'legal-claims':
      'Radering: uppgifterna behövs för rättsliga anspråk (artikel 17.3 e)',
  },
  groundSentences: {
    'manifestly-unfounded':
      'Begäran är uppenbart ogrundad (artikel 12.5 i dataskyddsförordningen).',
    excessive: 'Begäran är orimlig (artikel 12.5 i dataskyddsförordningen).',
    'identity-unconfirmed':
      'Vi kunde inte bekräfta att begäran kommer från dig, inte heller med de uppgifter vi bad om (artiklarna 11.2 och 12.2 i dataskyddsförordningen).',
    'no-erasure-ground':
      'Inget av skälen för radering som anges i artikel 17.1 i dataskyddsförordningen är tillämpligt på dina uppgifter.',
    'portability-not-applicable':
      'Rätten till dataportabilitet gäller inte dessa uppgifter: de behandlas inte på grundval av ditt samtycke eller ett avtal med dig, eller inte automatiserat (artikel 20.1 i dataskyddsförordningen).',
    'compelling-legitimate-grounds':
      'Vi har tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter (artikel 21.1 i dataskyddsförordningen).',
    'objection-legal-claims':
      'Behandlingen behövs för fastställande, utövande eller försvar av rättsliga anspråk (artikel 21.1 i dataskyddsförordningen).',
    other: 'Andra skäl, förklarade nedan.',
    'legal-obligation':
      'Vi måste spara uppgifterna för att uppfylla en rättslig förpliktelse (artikel 17.3 b i dataskyddsförordningen).',
    'legal-claims':
      'Uppgifterna behövs för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 17.3 e i dataskyddsförordningen).',
  },
  errors: {
    groundNeedsReason:
      'Ett skäl ur listan räcker inte: skriv de skäl som gäller just den här begäran. Kunden läser dem (artikel 12.4), och butiken måste kunna visa dem (artikel 12.5).',
    reasonToAsk: 'Skriv vilka uppgifter du behöver av kunden och varför.',
    alreadyAsked:
      'Kunden har redan en gång ombetts om fler uppgifter. Godkänn eller avslå begäran nu.',
    noteWithoutApprove:
      'Ett meddelande till biträdena hör bara ihop med Godkänn: annars kontaktas inga biträden. Töm meddelandet eller välj Godkänn.',
    noteTooLong: 'Meddelandet till biträdena får ha högst 1000 tecken.',
    noteRequired:
      'Invändningen gäller annan behandling än direktmarknadsföring: för att godkänna den ska du i meddelandet till biträdena skriva vilken behandling de ska upphöra med.',
    reasonWithApprove:
      'Du valde Godkänn men skrev också en text till kunden. Den skickas bara när du avslår, förlänger eller ber om fler uppgifter: töm fältet om du vill godkänna, eller välj Avslå om du vill avslå.',
  },
  chooseAll: 'Välj godkänn, avslå, förläng eller be om fler uppgifter.',
  chooseAsk: 'Välj godkänn, avslå eller be om fler uppgifter.',
  groundLegend:
    'Avslagsgrund (med Avslå; skälen i det enskilda fallet krävs dessutom nedan)',
  noGround: 'Ingen avslagsgrund (godkänn, förläng eller be om fler uppgifter)',
  reason:
    'Skickas till kunden: skälen i det enskilda fallet (krävs för att avslå eller förlänga) eller vad du behöver av kunden (när du ber om fler uppgifter)',
  ask: 'Be om fler uppgifter',
  askExplain:
    'kunden får din fråga per e-post och svarar på en sida; du beslutar därefter och ser svaret här. En gång per begäran.',
  pause: {
    'stops-clock':
      'Så länge kunden inte har svarat står tidsfristen still (artikel 12A i Förenade kungarikets dataskyddsförordning): sista dagen flyttas fram med de dagar som går fram till svaret.',
    'outer-bound-only':
      'Sista dagen flyttas inte medan du väntar på svaret: besluta senast det datum som anges ovan.',
    none: 'Sista dagen flyttas inte medan du väntar på svaret: besluta senast det datum som anges ovan.',
  },
  askedNotice:
    'Din fråga har skickats till kunden per e-post. Du får svaret per e-post; under tiden kan du fortfarande godkänna eller avslå.',
  information: {
    heading: 'Fler uppgifter från kunden',
    asked: (date) => `Frågan ställdes ${date}:`,
    waiting: 'Kunden har inte svarat ännu.',
    answered: (date) => `Kunden svarade ${date}:`,
  },
  earlier: {
    heading: 'Tidigare begäranden från samma e-postadress',
    none: 'Det finns inga andra bekräftade begäranden från den här e-postadressen.',
    count: (total, withinYear) =>
      `${total === 1 ? '1 annan begäran' : `${total} andra begäranden`}, varav ${withinYear} under de 12 månaderna före den här.`,
    shown: (n) => `De ${n} senaste visas.`,
    outcome: 'Utfall',
    outcomes: {
      open: 'Fortfarande öppen',
      answered: 'Besvarad',
      refused: 'Avslagen',
      cancelled: 'Avbruten',
      failed: 'Stoppad av ett fel, svar ännu inte lämnat',
      expired: 'Inte bekräftad',
    },
    closedOn: (outcome, date) => `${outcome} ${date}`,
    hint: 'För att avslå en begäran som orimlig måste butiken kunna visa varför (artikel 12.5). Att fråga igen är inte orimligt i sig; enligt Europeiska dataskyddsstyrelsen är en begäran som görs mer än ett år efter den förra inte orimlig för att den upprepas (riktlinjer 01/2022).',
  },
  extendBy: 'Förläng senast',
  refuseBy: 'Avslå senast (artikel 12.4)',
  refusalLate: (date) =>
    `Tidsfristen för att meddela kunden ett avslag gick ut ${date} (artikel 12.4: en månad från mottagandet). Ett avslag som skickas nu är försenat.`,
  note: 'Meddelande till biträdena (frivilligt, med Godkänn)',
  noteHint:
    'Biträdena läser meddelandet tillsammans med begäran de får. Skriv bara det de behöver för att utföra den; högst 1000 tecken.',
  noteObjection:
    'Invändningen gäller annan behandling än direktmarknadsföring (artikel 21.1): för att godkänna den krävs meddelandet. Skriv vilken behandling biträdena ska upphöra med; de ombeds inte att sluta med marknadsföring.',
  objectionScope: 'Invändning mot',
  scopes: {
    'direct-marketing': 'direktmarknadsföring (artikel 21.2 och 21.3)',
    other: 'annan behandling, till exempel profilering (artikel 21.1)',
  },
  directMarketingWarning: (processors) =>
    `Enligt registret används uppgifterna för direktmarknadsföring hos ${processors}. I den mån invändningen gäller direktmarknadsföring ska den följas: den kan inte avslås på de skäl som anges i artikel 21.1 (artikel 21.3).`,
  waitingForAnswer: (date) =>
    `Kunden ombads om fler uppgifter ${date}; inget svar ännu.`,
  answeredOn: (date) => `Kunden svarade på begäran om fler uppgifter ${date}.`,
};
