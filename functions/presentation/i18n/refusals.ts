/**
 * Words of a lawful refusal, in every supported locale: the grounds (the merchant's label, the
 * shopper's sentence), what the decision page asks of a refusal (the reasons of this case, the
 * Art. 12(4) time limit, the person's earlier requests), asking for more information, the note
 * for processors, and what an objection is to. The merchant is addressed formally (in Finnish
 * impersonally, in German with "Sie"); the shopper as the other shopper texts do.
 */
import type { DenialGround } from '#domain/denial-grounds.ts';
import type { EarlierOutcome } from '#domain/earlier-requests.ts';
import type { PauseEffect } from '#domain/information-request.ts';
import type { ObjectionScope } from '#domain/request.ts';
import type { Locale } from '#domain/schemas.ts';

type S = string;

/** Decision-page problems whose words live here (the others are in the catalogues). */
export type RefusalProblem =
  | 'groundNeedsReason'
  | 'reasonToAsk'
  | 'alreadyAsked'
  | 'noteWithoutApprove'
  | 'noteTooLong'
  | 'noteRequired'
  | 'reasonWithApprove';

export interface RefusalMessages {
  /** The merchant's label of each ground, with its article. */
  groundLabels: Record<DenialGround, S>;
  /** The shopper's sentence for each ground (`other` is not shown: the reasons say it). */
  groundSentences: Record<DenialGround, S>;
  errors: Record<RefusalProblem, S>;
  /** No choice made, where asking for more information is offered (with and without extend). */
  chooseAll: S;
  chooseAsk: S;
  groundLegend: S;
  noGround: S;
  /** The one text field sent to the shopper. */
  reason: S;
  ask: S;
  askExplain: S;
  /** To the merchant: what asking does to the due date (domain/information-request.ts). */
  pause: Record<PauseEffect, S>;
  askedNotice: S;
  information: {
    heading: S;
    asked: (date: S) => S;
    waiting: S;
    answered: (date: S) => S;
  };
  earlier: {
    heading: S;
    none: S;
    count: (total: number, withinYear: number) => S;
    shown: (n: number) => S;
    outcome: S;
    outcomes: Record<EarlierOutcome, S>;
    closedOn: (outcome: S, date: S) => S;
    hint: S;
  };
  extendBy: S;
  refuseBy: S;
  refusalLate: (date: S) => S;
  note: S;
  noteHint: S;
  /** Under the note, for an objection to other processing (Art. 21(1)): it is required. */
  noteObjection: S;
  objectionScope: S;
  scopes: Record<ObjectionScope, S>;
  /** An objection to "other" processing that reaches processors registered for direct marketing. */
  directMarketingWarning: (processors: S) => S;
  /** Lines of the merchant's decision email while a question is out, or after its answer. */
  waitingForAnswer: (date: S) => S;
  answeredOn: (date: S) => S;
}

const en: RefusalMessages = {
  groundLabels: {
    'manifestly-unfounded': 'Manifestly unfounded (Art. 12(5))',
    excessive: 'Excessive (Art. 12(5))',
    'identity-unconfirmed':
      'The requester’s identity could not be confirmed, even with the information asked for (Arts 11(2) and 12(2))',
    'no-erasure-ground':
      'Erasure: none of the grounds of Art. 17(1) applies (for example, the data is still needed for the purpose it was collected for)',
    'portability-not-applicable':
      'Portability: the processing is not based on consent or a contract, or is not carried out by automated means (Art. 20(1))',
    'compelling-legitimate-grounds':
      'Objection: compelling legitimate grounds for the processing override the shopper’s interests, rights and freedoms (Art. 21(1))',
    'objection-legal-claims':
      'Objection: the processing is necessary for the establishment, exercise or defence of legal claims (Art. 21(1))',
    other: 'Other (explain below)',
    'legal-obligation':
      'Erasure: the data must be kept to meet a legal obligation (Art. 17(3)(b))',
    'legal-claims':
      'Erasure: the data is needed for legal claims (Art. 17(3)(e))',
  },
  groundSentences: {
    'manifestly-unfounded':
      'The request is manifestly unfounded (GDPR Art. 12(5)).',
    excessive: 'The request is excessive (GDPR Art. 12(5)).',
    'identity-unconfirmed':
      'We could not confirm that the request comes from you, even with the information we asked for (GDPR Arts 11(2) and 12(2)).',
    'no-erasure-ground':
      'None of the grounds for erasure in GDPR Art. 17(1) applies to your data.',
    'portability-not-applicable':
      'The right to data portability does not apply to this data: it is not processed on the basis of your consent or a contract with you, or not by automated means (GDPR Art. 20(1)).',
    'compelling-legitimate-grounds':
      'We have compelling legitimate grounds for the processing which override your interests, rights and freedoms (GDPR Art. 21(1)).',
    'objection-legal-claims':
      'The processing is necessary for the establishment, exercise or defence of legal claims (GDPR Art. 21(1)).',
    other: 'Other grounds, explained below.',
    'legal-obligation':
      'We must keep the data to comply with a legal obligation (GDPR Art. 17(3)(b)).',
    'legal-claims':
      'The data is needed to establish, exercise or defend legal claims (GDPR Art. 17(3)(e)).',
  },
  errors: {
    groundNeedsReason:
      'A listed ground is not enough: write the reasons that apply to this request. The shopper reads them (Art. 12(4)), and the shop must be able to show them (Art. 12(5)).',
    reasonToAsk: 'Write what information you need from the shopper, and why.',
    alreadyAsked:
      'The shopper has already been asked for more information once. Approve or deny the request now.',
    noteWithoutApprove:
      'A note for the processors goes only with Approve: otherwise no processor is contacted. Clear the note, or choose Approve.',
    noteTooLong: 'The note for the processors must be at most 1000 characters.',
    noteRequired:
      'This objection is to processing other than direct marketing: to approve it, write in the note for the processors which processing they must stop.',
    reasonWithApprove:
      'You chose Approve but also wrote text for the shopper. It is sent only when you deny, extend or ask for more information: to approve, clear it; to refuse, choose Deny.',
  },
  chooseAll: 'Choose approve, deny, extend or ask for more information.',
  chooseAsk: 'Choose approve, deny or ask for more information.',
  groundLegend:
    'Ground for a refusal (with Deny; the reasons of this case are required below as well)',
  noGround: 'No refusal ground (approve, extend or ask for more information)',
  reason:
    'Sent to the shopper: the reasons of this case (required to deny or extend), or what you need from them (to ask for more information)',
  ask: 'Ask for more information',
  askExplain:
    'the shopper is emailed your question and answers on a page; you then decide, with the answer shown here. Once per request.',
  pause: {
    'stops-clock':
      'While the shopper has not answered, the time limit stops (UK GDPR Art. 12A): the due date moves later by the days until the answer.',
    'outer-bound-only':
      'The due date does not move while you wait for the answer: decide by the date above.',
    none: 'The due date does not move while you wait for the answer: decide by the date above.',
  },
  askedNotice:
    'Your question has been emailed to the shopper. You will be emailed their answer; meanwhile you can still approve or deny.',
  information: {
    heading: 'More information from the shopper',
    asked: (date) => `Asked on ${date}:`,
    waiting: 'The shopper has not answered yet.',
    answered: (date) => `The shopper answered on ${date}:`,
  },
  earlier: {
    heading: 'Earlier requests from the same email address',
    none: 'No other confirmed request from this email address is on record.',
    count: (total, withinYear) =>
      `${total === 1 ? '1 other request' : `${total} other requests`}, ${withinYear} of them in the 12 months before this one.`,
    shown: (n) => `The ${n} most recent are listed.`,
    outcome: 'Outcome',
    outcomes: {
      open: 'Still open',
      answered: 'Answered',
      refused: 'Refused',
      cancelled: 'Cancelled',
      failed: 'Stopped by an error, still owed',
      expired: 'Not confirmed',
    },
    closedOn: (outcome, date) => `${outcome} on ${date}`,
    hint: 'To refuse a request as excessive, the shop must be able to show why (Art. 12(5)). Asking again is not excessive in itself; according to the EDPB, a request made more than a year after the previous one is not excessive because it repeats it (Guidelines 01/2022).',
  },
  extendBy: 'Extend by',
  refuseBy: 'Refuse by (Art. 12(4))',
  refusalLate: (date) =>
    `The time limit for telling the shopper of a refusal ended on ${date} (Art. 12(4): one month from receipt). A refusal sent now is late.`,
  note: 'Note for the processors (optional, with Approve)',
  noteHint:
    'The processors read this note with the request they receive. Write only what they need to carry it out; at most 1000 characters.',
  noteObjection:
    'This objection is to processing other than direct marketing (Art. 21(1)): to approve it, the note is required. Say which processing the processors must stop; they are not asked to stop marketing.',
  objectionScope: 'Objection to',
  scopes: {
    'direct-marketing': 'direct marketing (Art. 21(2)–(3))',
    other: 'other processing, such as profiling (Art. 21(1))',
  },
  directMarketingWarning: (processors) =>
    `The register lists ${processors} as using the data for direct marketing. As far as this objection is to direct marketing, it must be honoured: it cannot be refused on the grounds of Art. 21(1) (Art. 21(3)).`,
  waitingForAnswer: (date) =>
    `More information was asked of the shopper on ${date}; no answer yet.`,
  answeredOn: (date) =>
    `The shopper answered the request for more information on ${date}.`,
};

const fi: RefusalMessages = {
  groundLabels: {
    'manifestly-unfounded': 'Ilmeisen perusteeton (12 artiklan 5 kohta)',
    excessive: 'Kohtuuton (12 artiklan 5 kohta)',
    'identity-unconfirmed':
      'Pyytäjän henkilöllisyyttä ei voitu varmistaa pyydetyilläkään lisätiedoilla (11 artiklan 2 kohta ja 12 artiklan 2 kohta)',
    'no-erasure-ground':
      'Poisto: mikään 17 artiklan 1 kohdan perusteista ei täyty (esimerkiksi tietoja tarvitaan yhä siihen tarkoitukseen, jota varten ne kerättiin)',
    'portability-not-applicable':
      'Siirto: käsittely ei perustu suostumukseen tai sopimukseen, tai sitä ei tehdä automaattisesti (20 artiklan 1 kohta)',
    'compelling-legitimate-grounds':
      'Vastustus: käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää asiakkaan edut, oikeudet ja vapaudet (21 artiklan 1 kohta)',
    'objection-legal-claims':
      'Vastustus: käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (21 artiklan 1 kohta)',
    other: 'Muu (selitä alla)',
    'legal-obligation':
      'Poisto: tiedot on säilytettävä lakisääteisen velvoitteen vuoksi (17 artiklan 3 kohdan b alakohta)',
    'legal-claims':
      'Poisto: tietoja tarvitaan oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen (17 artiklan 3 kohdan e alakohta)',
  },
  groundSentences: {
    'manifestly-unfounded':
      'Pyyntö on ilmeisen perusteeton (tietosuoja-asetuksen 12 artiklan 5 kohta).',
    excessive:
      'Pyyntö on kohtuuton (tietosuoja-asetuksen 12 artiklan 5 kohta).',
    'identity-unconfirmed':
      'Emme voineet pyytämiemme lisätietojenkaan perusteella varmistaa, että pyyntö on sinulta (tietosuoja-asetuksen 11 artiklan 2 kohta ja 12 artiklan 2 kohta).',
    'no-erasure-ground':
      'Mikään tietosuoja-asetuksen 17 artiklan 1 kohdassa luetelluista poistamisen perusteista ei koske tietojasi.',
    'portability-not-applicable':
      'Oikeus siirtää tiedot järjestelmästä toiseen ei koske näitä tietoja: niiden käsittely ei perustu suostumukseesi tai kanssasi tehtyyn sopimukseen, tai sitä ei tehdä automaattisesti (tietosuoja-asetuksen 20 artiklan 1 kohta).',
    'compelling-legitimate-grounds':
      'Käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi (tietosuoja-asetuksen 21 artiklan 1 kohta).',
    'objection-legal-claims':
      'Käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (tietosuoja-asetuksen 21 artiklan 1 kohta).',
    other: 'Muut perusteet, selitetty alla.',
    'legal-obligation':
      'Meidän on säilytettävä tiedot lakisääteisen velvoitteen noudattamiseksi (tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta).',
    'legal-claims':
      'Tietoja tarvitaan oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen (tietosuoja-asetuksen 17 artiklan 3 kohdan e alakohta).',
  },
  errors: {
    groundNeedsReason:
      'Luettelon peruste ei yksin riitä: kirjoita perustelut, jotka koskevat juuri tätä pyyntöä. Asiakas lukee ne (12 artiklan 4 kohta), ja kaupan on pystyttävä osoittamaan ne (12 artiklan 5 kohta).',
    reasonToAsk: 'Kirjoita, mitä lisätietoja asiakkaalta tarvitaan ja miksi.',
    alreadyAsked:
      'Asiakkaalta on jo kerran pyydetty lisätietoja. Hyväksy tai hylkää pyyntö nyt.',
    noteWithoutApprove:
      'Viesti käsittelijöille kuuluu vain hyväksyntään: muuten käsittelijöihin ei oteta yhteyttä. Tyhjennä viesti tai valitse Hyväksy.',
    noteTooLong: 'Viestissä käsittelijöille voi olla enintään 1000 merkkiä.',
    noteRequired:
      'Vastustus koskee muuta käsittelyä kuin suoramarkkinointia: hyväksyttäessä on kirjoitettava viestiin käsittelijöille, mikä käsittely heidän on lopetettava.',
    reasonWithApprove:
      'Valinta on Hyväksy, mutta asiakkaalle on kirjoitettu myös tekstiä. Se lähetetään vain hylättäessä, määräaikaa jatkettaessa tai lisätietoja pyydettäessä: hyväksyessä tyhjennä kenttä; hylätessä valitse Hylkää.',
  },
  chooseAll: 'Valitse hyväksy, hylkää, jatka tai pyydä lisätietoja.',
  chooseAsk: 'Valitse hyväksy, hylkää tai pyydä lisätietoja.',
  groundLegend:
    'Kieltäytymisen peruste (vain hylättäessä; tämän pyynnön perustelut on kirjoitettava lisäksi alle)',
  noGround:
    'Ei kieltäytymisen perustetta (hyväksyntä, jatko tai lisätietojen pyyntö)',
  reason:
    'Lähetetään asiakkaalle: tämän pyynnön perustelut (pakollinen hylättäessä ja jatkettaessa) tai se, mitä asiakkaalta tarvitaan (lisätietoja pyydettäessä)',
  ask: 'Pyydä lisätietoja',
  askExplain:
    'asiakas saa kysymyksen sähköpostitse ja vastaa sivulla; päätös tehdään sen jälkeen, ja vastaus näkyy tällä sivulla. Kerran pyyntöä kohden.',
  pause: {
    'stops-clock':
      'Määräaika ei kulu, kun asiakkaan vastausta odotetaan (Yhdistyneen kuningaskunnan tietosuoja-asetuksen 12 A artikla): määräpäivä siirtyy vastaukseen kuluneiden päivien verran.',
    'outer-bound-only':
      'Määräpäivä ei siirry vastausta odotettaessa: päätös on tehtävä yllä olevaan päivään mennessä.',
    none: 'Määräpäivä ei siirry vastausta odotettaessa: päätös on tehtävä yllä olevaan päivään mennessä.',
  },
  askedNotice:
    'Kysymys on lähetetty asiakkaalle sähköpostitse. Vastaus lähetetään sähköpostitse; sillä välin pyynnön voi yhä hyväksyä tai hylätä.',
  information: {
    heading: 'Lisätiedot asiakkaalta',
    asked: (date) => `Kysytty ${date}:`,
    waiting: 'Asiakas ei ole vielä vastannut.',
    answered: (date) => `Asiakas vastasi ${date}:`,
  },
  earlier: {
    heading: 'Aiemmat pyynnöt samasta sähköpostiosoitteesta',
    none: 'Tästä sähköpostiosoitteesta ei ole muita vahvistettuja pyyntöjä.',
    count: (total, withinYear) =>
      `${total === 1 ? '1 muu pyyntö' : `${total} muuta pyyntöä`}, joista ${withinYear} tätä edeltäneiden 12 kuukauden aikana.`,
    shown: (n) => `Luettelossa on ${n} viimeisintä.`,
    outcome: 'Lopputulos',
    outcomes: {
      open: 'Yhä kesken',
      answered: 'Vastattu',
      refused: 'Hylätty',
      cancelled: 'Peruttu',
      failed: 'Pysähtyi virheeseen, vastaus yhä velkaa',
      expired: 'Ei vahvistettu',
    },
    closedOn: (outcome, date) => `${outcome} ${date}`,
    hint: 'Jotta pyynnön voi hylätä kohtuuttomana, kaupan on pystyttävä osoittamaan, miksi se on sitä (12 artiklan 5 kohta). Uusi pyyntö ei sellaisenaan ole kohtuuton; Euroopan tietosuojaneuvoston mukaan yli vuoden kuluttua edellisestä tehty pyyntö ei ole kohtuuton toistuvuutensa vuoksi (ohjeet 01/2022).',
  },
  extendBy: 'Jatka viimeistään',
  refuseBy: 'Hylkää viimeistään (12 artiklan 4 kohta)',
  refusalLate: (date) =>
    `Määräaika ilmoittaa asiakkaalle kieltäytymisestä päättyi ${date} (12 artiklan 4 kohta: kuukausi pyynnön vastaanottamisesta). Nyt lähetettävä hylkäys on myöhässä.`,
  note: 'Viesti käsittelijöille (vapaaehtoinen, hyväksyttäessä)',
  noteHint:
    'Käsittelijät lukevat viestin saamansa pyynnön yhteydessä. Kirjoita vain se, mitä ne tarvitsevat pyynnön toteuttamiseen; enintään 1000 merkkiä.',
  noteObjection:
    'Vastustus koskee muuta käsittelyä kuin suoramarkkinointia (21 artiklan 1 kohta): hyväksyttäessä viesti on pakollinen. Kerro siinä, mikä käsittely käsittelijöiden on lopetettava; heitä ei pyydetä lopettamaan markkinointia.',
  objectionScope: 'Vastustuksen kohde',
  scopes: {
    'direct-marketing': 'suoramarkkinointi (21 artiklan 2 ja 3 kohta)',
    other: 'muu käsittely, kuten profilointi (21 artiklan 1 kohta)',
  },
  directMarketingWarning: (processors) =>
    `Selosteen mukaan tietoja käytetään suoramarkkinointiin seuraavissa: ${processors}. Siltä osin kuin vastustus koskee suoramarkkinointia, se on toteutettava: sitä ei voi hylätä 21 artiklan 1 kohdan perusteilla (21 artiklan 3 kohta).`,
  waitingForAnswer: (date) =>
    `Asiakkaalta pyydettiin lisätietoja ${date}; vastausta ei ole vielä tullut.`,
  answeredOn: (date) => `Asiakas vastasi lisätietopyyntöön ${date}.`,
};

const sv: RefusalMessages = {
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

const de: RefusalMessages = {
  groundLabels: {
    'manifestly-unfounded': 'Offenkundig unbegründet (Art. 12 Abs. 5 DSGVO)',
    excessive: 'Exzessiv (Art. 12 Abs. 5 DSGVO)',
    'identity-unconfirmed':
      'Die Identität der Kundin oder des Kunden konnte auch mit den angeforderten Informationen nicht bestätigt werden (Art. 11 Abs. 2 und Art. 12 Abs. 2 DSGVO)',
    'no-erasure-ground':
      'Löschung: Keiner der Gründe des Art. 17 Abs. 1 DSGVO liegt vor (zum Beispiel werden die Daten für den Zweck, für den sie erhoben wurden, noch benötigt)',
    'portability-not-applicable':
      'Datenübertragbarkeit: Die Verarbeitung beruht nicht auf einer Einwilligung oder einem Vertrag oder erfolgt nicht automatisiert (Art. 20 Abs. 1 DSGVO)',
    'compelling-legitimate-grounds':
      'Widerspruch: Zwingende schutzwürdige Gründe für die Verarbeitung überwiegen die Interessen, Rechte und Freiheiten der Kundin oder des Kunden (Art. 21 Abs. 1 DSGVO)',
    'objection-legal-claims':
      'Widerspruch: Die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO)',
    other: 'Sonstiges (unten erläutern)',
    'legal-obligation':
      'Löschung: Die Daten müssen zur Erfüllung einer rechtlichen Verpflichtung aufbewahrt werden (Art. 17 Abs. 3 lit. b DSGVO)',
    'legal-claims':
      'Löschung: Die Daten werden für Rechtsansprüche benötigt (Art. 17 Abs. 3 lit. e DSGVO)',
  },
  groundSentences: {
    'manifestly-unfounded':
      'Die Anfrage ist offenkundig unbegründet (Art. 12 Abs. 5 DSGVO).',
    excessive: 'Die Anfrage ist exzessiv (Art. 12 Abs. 5 DSGVO).',
    'identity-unconfirmed':
      'Wir konnten auch mit den angeforderten Informationen nicht bestätigen, dass die Anfrage von Ihnen stammt (Art. 11 Abs. 2 und Art. 12 Abs. 2 DSGVO).',
    'no-erasure-ground':
      'Keiner der in Art. 17 Abs. 1 DSGVO genannten Gründe für eine Löschung trifft auf Ihre Daten zu.',
    'portability-not-applicable':
      'Das Recht auf Datenübertragbarkeit gilt für diese Daten nicht: Ihre Verarbeitung beruht weder auf Ihrer Einwilligung noch auf einem Vertrag mit Ihnen, oder sie erfolgt nicht mithilfe automatisierter Verfahren (Art. 20 Abs. 1 DSGVO).',
    'compelling-legitimate-grounds':
      'Wir haben zwingende schutzwürdige Gründe für die Verarbeitung, die Ihre Interessen, Rechte und Freiheiten überwiegen (Art. 21 Abs. 1 DSGVO).',
    'objection-legal-claims':
      'Die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).',
    other: 'Andere Gründe, unten erläutert.',
    'legal-obligation':
      'Wir müssen die Daten aufbewahren, um eine rechtliche Verpflichtung zu erfüllen (Art. 17 Abs. 3 lit. b DSGVO).',
    'legal-claims':
      'Die Daten werden zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigt (Art. 17 Abs. 3 lit. e DSGVO).',
  },
  errors: {
    groundNeedsReason:
      'Ein Grund aus der Liste genügt nicht: Schreiben Sie die Gründe, die für diese Anfrage gelten. Die Kundin oder der Kunde liest sie (Art. 12 Abs. 4 DSGVO), und der Shop muss sie nachweisen können (Art. 12 Abs. 5 DSGVO).',
    reasonToAsk:
      'Schreiben Sie, welche Informationen Sie von der Kundin oder dem Kunden benötigen und warum.',
    alreadyAsked:
      'Die Kundin oder der Kunde wurde bereits einmal um weitere Informationen gebeten. Genehmigen oder lehnen Sie die Anfrage jetzt ab.',
    noteWithoutApprove:
      'Eine Nachricht an die Auftragsverarbeiter gehört nur zu „Genehmigen“: Sonst wird kein Auftragsverarbeiter kontaktiert. Leeren Sie die Nachricht oder wählen Sie „Genehmigen“.',
    noteTooLong:
      'Die Nachricht an die Auftragsverarbeiter darf höchstens 1000 Zeichen lang sein.',
    noteRequired:
      'Der Widerspruch richtet sich gegen eine andere Verarbeitung als Direktwerbung: Um ihn zu genehmigen, schreiben Sie in die Nachricht an die Auftragsverarbeiter, welche Verarbeitung sie einstellen müssen.',
    reasonWithApprove:
      'Sie haben „Genehmigen“ gewählt, aber auch einen Text an die Kundin oder den Kunden eingegeben. Er wird nur beim Ablehnen, Verlängern oder bei der Bitte um weitere Informationen gesendet: Um zu genehmigen, leeren Sie das Feld; um abzulehnen, wählen Sie „Ablehnen“.',
  },
  chooseAll:
    'Wählen Sie Genehmigen, Ablehnen, Verlängern oder um weitere Informationen bitten.',
  chooseAsk:
    'Wählen Sie Genehmigen, Ablehnen oder um weitere Informationen bitten.',
  groundLegend:
    'Grund für die Ablehnung (mit „Ablehnen“; die Gründe im Einzelfall sind unten zusätzlich erforderlich)',
  noGround:
    'Kein Ablehnungsgrund (Genehmigen, Verlängern oder um weitere Informationen bitten)',
  reason:
    'Wird der Kundin oder dem Kunden gesendet: die Gründe im Einzelfall (erforderlich zum Ablehnen und Verlängern) oder was Sie noch benötigen (bei der Bitte um weitere Informationen)',
  ask: 'Um weitere Informationen bitten',
  askExplain:
    'Die Kundin oder der Kunde erhält Ihre Frage per E-Mail und antwortet auf einer Seite; Sie entscheiden danach und sehen die Antwort hier. Einmal pro Anfrage.',
  pause: {
    'stops-clock':
      'Solange die Antwort aussteht, läuft die Frist nicht (Art. 12A UK GDPR): Das Fälligkeitsdatum verschiebt sich um die Tage bis zur Antwort.',
    'outer-bound-only':
      'Das Fälligkeitsdatum verschiebt sich nicht, während Sie auf die Antwort warten: Entscheiden Sie bis zum oben genannten Datum.',
    none: 'Das Fälligkeitsdatum verschiebt sich nicht, während Sie auf die Antwort warten: Entscheiden Sie bis zum oben genannten Datum.',
  },
  askedNotice:
    'Ihre Frage wurde der Kundin oder dem Kunden per E-Mail gesendet. Sie erhalten die Antwort per E-Mail; bis dahin können Sie weiterhin genehmigen oder ablehnen.',
  information: {
    heading: 'Weitere Informationen der Kundin oder des Kunden',
    asked: (date) => `Gefragt am ${date}:`,
    waiting: 'Die Antwort steht noch aus.',
    answered: (date) => `Antwort vom ${date}:`,
  },
  earlier: {
    heading: 'Frühere Anfragen von derselben E-Mail-Adresse',
    none: 'Von dieser E-Mail-Adresse liegt keine andere bestätigte Anfrage vor.',
    count: (total, withinYear) =>
      `${total === 1 ? '1 weitere Anfrage' : `${total} weitere Anfragen`}, davon ${withinYear} in den 12 Monaten vor dieser.`,
    shown: (n) => `Die ${n} neuesten sind aufgeführt.`,
    outcome: 'Ergebnis',
    outcomes: {
      open: 'Noch offen',
      answered: 'Beantwortet',
      refused: 'Abgelehnt',
      cancelled: 'Abgebrochen',
      failed: 'Durch einen Fehler angehalten, Antwort noch geschuldet',
      expired: 'Nicht bestätigt',
    },
    closedOn: (outcome, date) => `${outcome} am ${date}`,
    hint: 'Um eine Anfrage als exzessiv abzulehnen, muss der Shop nachweisen können, warum sie es ist (Art. 12 Abs. 5 DSGVO). Eine erneute Anfrage ist nicht schon deshalb exzessiv; nach dem Europäischen Datenschutzausschuss ist eine Anfrage, die mehr als ein Jahr nach der vorigen gestellt wird, nicht wegen der Wiederholung exzessiv (Leitlinien 01/2022).',
  },
  extendBy: 'Verlängern bis',
  refuseBy: 'Ablehnen bis (Art. 12 Abs. 4 DSGVO)',
  refusalLate: (date) =>
    `Die Frist, die Kundin oder den Kunden über eine Ablehnung zu unterrichten, endete am ${date} (Art. 12 Abs. 4 DSGVO: ein Monat nach Eingang). Eine jetzt gesendete Ablehnung ist verspätet.`,
  note: 'Nachricht an die Auftragsverarbeiter (optional, mit „Genehmigen“)',
  noteHint:
    'Die Auftragsverarbeiter lesen diese Nachricht mit der Anfrage, die sie erhalten. Schreiben Sie nur, was sie für die Ausführung brauchen; höchstens 1000 Zeichen.',
  noteObjection:
    'Der Widerspruch richtet sich gegen eine andere Verarbeitung als Direktwerbung (Art. 21 Abs. 1 DSGVO): Zum Genehmigen ist die Nachricht erforderlich. Geben Sie an, welche Verarbeitung die Auftragsverarbeiter einstellen müssen; sie werden nicht gebeten, die Werbung einzustellen.',
  objectionScope: 'Widerspruch gegen',
  scopes: {
    'direct-marketing': 'Direktwerbung (Art. 21 Abs. 2 und 3 DSGVO)',
    other: 'andere Verarbeitung, etwa Profiling (Art. 21 Abs. 1 DSGVO)',
  },
  directMarketingWarning: (processors) =>
    `Laut Verzeichnis werden die Daten bei ${processors} für Direktwerbung verwendet. Soweit sich der Widerspruch gegen Direktwerbung richtet, ist ihm zu entsprechen: Er kann nicht aus den Gründen des Art. 21 Abs. 1 DSGVO abgelehnt werden (Art. 21 Abs. 3 DSGVO).`,
  waitingForAnswer: (date) =>
    `Am ${date} wurde um weitere Informationen gebeten; die Antwort steht noch aus.`,
  answeredOn: (date) =>
    `Die Bitte um weitere Informationen wurde am ${date} beantwortet.`,
};

const fr: RefusalMessages = {
  groundLabels: {
    'manifestly-unfounded':
      'Manifestement infondée (article 12, paragraphe 5, du RGPD)',
    excessive: 'Excessive (article 12, paragraphe 5, du RGPD)',
    'identity-unconfirmed':
      'L’identité du demandeur n’a pas pu être confirmée, même avec les informations demandées (article 11, paragraphe 2, et article 12, paragraphe 2, du RGPD)',
    'no-erasure-ground':
      'Effacement\u00a0: aucun des motifs de l’article 17, paragraphe 1, du RGPD ne s’applique (par exemple, les données sont encore nécessaires à la finalité pour laquelle elles ont été collectées)',
    'portability-not-applicable':
      'Portabilité\u00a0: le traitement n’est pas fondé sur le consentement ou sur un contrat, ou n’est pas effectué à l’aide de procédés automatisés (article 20, paragraphe 1, du RGPD)',
    'compelling-legitimate-grounds':
      'Opposition\u00a0: des motifs légitimes et impérieux pour le traitement prévalent sur les intérêts et les droits et libertés du client (article 21, paragraphe 1, du RGPD)',
    'objection-legal-claims':
      'Opposition\u00a0: le traitement est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice (article 21, paragraphe 1, du RGPD)',
    other: 'Autre (expliquez ci-dessous)',
    'legal-obligation':
      'Effacement\u00a0: les données doivent être conservées pour respecter une obligation légale (article 17, paragraphe 3, point b), du RGPD)',
    'legal-claims':
      'Effacement\u00a0: les données sont nécessaires à des droits en justice (article 17, paragraphe 3, point e), du RGPD)',
  },
  groundSentences: {
    'manifestly-unfounded':
      'La demande est manifestement infondée (article 12, paragraphe 5, du RGPD).',
    excessive: 'La demande est excessive (article 12, paragraphe 5, du RGPD).',
    'identity-unconfirmed':
      'Même avec les informations demandées, nous n’avons pas pu confirmer que la demande émane de vous (article 11, paragraphe 2, et article 12, paragraphe 2, du RGPD).',
    'no-erasure-ground':
      'Aucun des motifs d’effacement prévus à l’article 17, paragraphe 1, du RGPD ne s’applique à vos données.',
    'portability-not-applicable':
      'Le droit à la portabilité ne s’applique pas à ces données\u00a0: leur traitement n’est pas fondé sur votre consentement ou sur un contrat conclu avec vous, ou n’est pas effectué à l’aide de procédés automatisés (article 20, paragraphe 1, du RGPD).',
    'compelling-legitimate-grounds':
      'Il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur vos intérêts et vos droits et libertés (article 21, paragraphe 1, du RGPD).',
    'objection-legal-claims':
      'Le traitement est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice (article 21, paragraphe 1, du RGPD).',
    other: 'Autres motifs, expliqués ci-dessous.',
    'legal-obligation':
      'Nous devons conserver les données pour respecter une obligation légale (article 17, paragraphe 3, point b), du RGPD).',
    'legal-claims':
      'Les données sont nécessaires à la constatation, à l’exercice ou à la défense de droits en justice (article 17, paragraphe 3, point e), du RGPD).',
  },
  errors: {
    groundNeedsReason:
      'Un motif de la liste ne suffit pas\u00a0: rédigez les motifs propres à cette demande. Le client les lit (article 12, paragraphe 4, du RGPD), et la boutique doit pouvoir les démontrer (article 12, paragraphe 5, du RGPD).',
    reasonToAsk:
      'Indiquez les informations dont vous avez besoin de la part du client, et pourquoi.',
    alreadyAsked:
      'Des informations complémentaires ont déjà été demandées une fois au client. Approuvez ou refusez la demande maintenant.',
    noteWithoutApprove:
      'Un message aux sous-traitants ne va qu’avec «\u00a0Approuver\u00a0»\u00a0: sinon, aucun sous-traitant n’est contacté. Videz le message ou choisissez «\u00a0Approuver\u00a0».',
    noteTooLong:
      'Le message aux sous-traitants doit comporter au plus 1000 caractères.',
    noteRequired:
      'L’opposition vise un traitement autre que la prospection\u00a0: pour l’approuver, indiquez dans le message aux sous-traitants le traitement auquel ils doivent mettre fin.',
    reasonWithApprove:
      'Vous avez choisi «\u00a0Approuver\u00a0», mais vous avez aussi saisi un texte pour le client. Il n’est envoyé que si vous refusez, prolongez ou demandez des informations complémentaires\u00a0: pour approuver, videz le champ\u00a0; pour refuser, choisissez «\u00a0Refuser\u00a0».',
  },
  chooseAll:
    'Choisissez approuver, refuser, prolonger ou demander des informations complémentaires.',
  chooseAsk:
    'Choisissez approuver, refuser ou demander des informations complémentaires.',
  groundLegend:
    'Motif du refus (avec «\u00a0Refuser\u00a0»\u00a0; les motifs propres à cette demande sont en outre obligatoires ci-dessous)',
  noGround:
    'Aucun motif de refus (approuver, prolonger ou demander des informations complémentaires)',
  reason:
    'Envoyé au client\u00a0: les motifs propres à cette demande (obligatoires pour refuser ou prolonger) ou ce dont vous avez besoin de sa part (pour demander des informations complémentaires)',
  ask: 'Demander des informations complémentaires',
  askExplain:
    'le client reçoit votre question par e-mail et répond sur une page\u00a0; vous décidez ensuite, la réponse étant affichée ici. Une seule fois par demande.',
  pause: {
    'stops-clock':
      'Tant que le client n’a pas répondu, le délai est suspendu (article 12A du RGPD britannique)\u00a0: la date d’échéance est reportée du nombre de jours écoulés jusqu’à la réponse.',
    'outer-bound-only':
      'La date d’échéance ne change pas pendant que vous attendez la réponse\u00a0: décidez au plus tard à la date indiquée ci-dessus.',
    none: 'La date d’échéance ne change pas pendant que vous attendez la réponse\u00a0: décidez au plus tard à la date indiquée ci-dessus.',
  },
  askedNotice:
    'Votre question a été envoyée au client par e-mail. Vous recevrez sa réponse par e-mail\u00a0; d’ici là, vous pouvez toujours approuver ou refuser.',
  information: {
    heading: 'Informations complémentaires du client',
    asked: (date) => `Question posée le ${date}\u00a0:`,
    waiting: 'Le client n’a pas encore répondu.',
    answered: (date) => `Réponse du client le ${date}\u00a0:`,
  },
  earlier: {
    heading: 'Demandes antérieures de la même adresse e-mail',
    none: 'Aucune autre demande confirmée n’est enregistrée pour cette adresse e-mail.',
    count: (total, withinYear) =>
      `${total === 1 ? '1 autre demande' : `${total} autres demandes`}, dont ${withinYear} dans les 12 mois précédant celle-ci.`,
    shown: (n) => `Les ${n} plus récentes sont indiquées.`,
    outcome: 'Issue',
    outcomes: {
      open: 'Toujours en cours',
      answered: 'Répondue',
      refused: 'Refusée',
      cancelled: 'Annulée',
      failed: 'Arrêtée par une erreur, réponse toujours due',
      expired: 'Non confirmée',
    },
    closedOn: (outcome, date) => `${outcome} le ${date}`,
    hint: 'Pour refuser une demande comme excessive, la boutique doit pouvoir démontrer pourquoi elle l’est (article 12, paragraphe 5, du RGPD). Renouveler une demande n’est pas excessif en soi\u00a0; selon le Comité européen de la protection des données, une demande présentée plus d’un an après la précédente n’est pas excessive du fait de sa répétition (lignes directrices 01/2022).',
  },
  extendBy: 'Date limite pour une prolongation',
  refuseBy: 'Date limite pour un refus (article 12, paragraphe 4, du RGPD)',
  refusalLate: (date) =>
    `Le délai pour informer le client d’un refus a expiré le ${date} (article 12, paragraphe 4, du RGPD\u00a0: un mois à compter de la réception). Un refus envoyé maintenant est tardif.`,
  note: 'Message aux sous-traitants (facultatif, avec «\u00a0Approuver\u00a0»)',
  noteHint:
    'Les sous-traitants lisent ce message avec la demande qu’ils reçoivent. N’écrivez que ce dont ils ont besoin pour l’exécuter\u00a0; 1000 caractères au plus.',
  noteObjection:
    'L’opposition vise un traitement autre que la prospection (article 21, paragraphe 1, du RGPD)\u00a0: pour l’approuver, le message est obligatoire. Indiquez le traitement auquel les sous-traitants doivent mettre fin\u00a0; il ne leur est pas demandé de cesser la prospection.',
  objectionScope: 'Opposition à',
  scopes: {
    'direct-marketing':
      'la prospection (article 21, paragraphes 2 et 3, du RGPD)',
    other:
      'un autre traitement, comme le profilage (article 21, paragraphe 1, du RGPD)',
  },
  directMarketingWarning: (processors) =>
    `Selon le registre, les données sont utilisées à des fins de prospection chez ${processors}. Dans la mesure où l’opposition vise la prospection, elle doit être satisfaite\u00a0: elle ne peut pas être rejetée pour les motifs de l’article 21, paragraphe 1, du RGPD (article 21, paragraphe 3, du RGPD).`,
  waitingForAnswer: (date) =>
    `Des informations complémentaires ont été demandées au client le ${date}\u00a0; pas encore de réponse.`,
  answeredOn: (date) =>
    `Le client a répondu à la demande d’informations complémentaires le ${date}.`,
};

export const REFUSAL_MESSAGES: Record<Locale, RefusalMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
