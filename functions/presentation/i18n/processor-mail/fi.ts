/** The fi texts of processor-mail.ts (loaded when a text in this language is first read: lazy.ts). */
import type { RequestType } from '#domain/request-kinds.ts';
import type { ProcessorMailMessages } from '../processor-mail.ts';

/** The rights' statutory names; Finnish quotes them as what was asked for, too. */
const FI_RIGHTS: Record<RequestType, string> = {
  access: 'oikeus saada pääsy tietoihin',
  portability: 'oikeus siirtää tiedot järjestelmästä toiseen',
  erasure: 'oikeus tietojen poistamiseen',
  rectification: 'oikeus tietojen oikaisemiseen',
  objection: 'vastustamisoikeus',
  restriction: 'oikeus käsittelyn rajoittamiseen',
};

export const fi: ProcessorMailMessages = {
  noteFrom: (merchant) => `Rekisterinpitäjän huomautus (${merchant}):`,
  objectionOther:
    'Rekisteröity on vastustanut erityiseen tilanteeseensa liittyvällä perusteella tietojensa muuta käsittelyä kuin suoramarkkinointia, esimerkiksi profilointia (tietosuoja-asetuksen 21 artiklan 1 kohta). Olemme hyväksyneet vastustuksen. Lopettakaa alla olevassa viestissämme kuvattu käsittely ja vahvistakaa, kun se on lopetettu.',
  right: FI_RIGHTS,
  requested: FI_RIGHTS,
  requestSubject: (right, merchant, ref, due) =>
    `Rekisteröidyn pyyntö ”${right}” – ${merchant}, viite ${ref}, määräaika ${due}`,
  reminderPrefix: 'Muistutus: ',
  intro: (merchant, processor) =>
    `Rekisterinpitäjä: ${merchant}. Henkilötietojen käsittelijä: ${processor}. Pyyntö koskee henkilötietoja, joita käsittelette rekisterinpitäjän lukuun.`,
  asked: (right, article) =>
    `Rekisteröity on tehnyt pyynnön ”${right}” (${article}). Hänen henkilöllisyytensä on varmistettu, ja pyyntö on hyväksytty.`,
  whatToDo: {
    access:
      'Ladatkaa kopio kaikista tätä henkilöä koskevista henkilötiedoista alla olevan linkin kautta avautuvalle sivulle tai ilmoittakaa siellä, ettei teillä ole niitä. Älkää lähettäkö henkilötietoja sähköpostitse.',
    portability:
      'Ladatkaa henkilön teille antamat tiedot koneluettavassa muodossa (CSV, JSON tai XLSX) alla olevan linkin kautta avautuvalle sivulle tai ilmoittakaa siellä, ettei teillä ole niitä. Älkää lähettäkö henkilötietoja sähköpostitse.',
    erasure:
      'Poistakaa kaikki tätä henkilöä koskevat henkilötiedot, ellei laki velvoita teitä säilyttämään niitä (kertokaa silloin, mitä säilytetään ja mihin asti).',
    rectification: 'Korjatkaa henkilötiedot alla kuvatulla tavalla.',
    objection:
      'Lopettakaa henkilön tietojen käyttö suoramarkkinointiin ja siihen liittyvään profilointiin (kuten henkilökohtaisiin suosituksiin) ja estäkää markkinointiviestien lähettäminen hänelle.',
    restriction:
      'Rajoittakaa henkilön tietojen käsittelyä (vain säilytys, ei muuta käyttöä), kunnes ilmoitamme toisin.',
  },
  identifiers: 'Henkilö:',
  email: 'Sähköposti',
  name: 'Nimi',
  order: 'Tilausnumero',
  due: 'Toteuttakaa ja vahvistakaa viimeistään',
  confirmHere:
    'Kun pyyntö on toteutettu (tai sitä ei voida toteuttaa), vahvistakaa se yhdellä napsautuksella:',
  confirmLink: 'Vahvista, mitä tehtiin',
  dpa: 'Tietojenkäsittelysopimuksemme mukaan avustatte meitä vastaamaan rekisteröityjen pyyntöihin (tietosuoja-asetuksen 28 artiklan 3 kohdan e alakohta).',
  merchantSubject: (processor, ref) =>
    `Vahvista, kun ${processor} on valmis, viite ${ref}`,
  merchantIntro: (processor, right) =>
    `Pyysimme käsittelijää ${processor} toteuttamaan pyynnön: ${right}. Käsittelijä ilmoittaa valmistumisesta vain sähköpostitse sinulle. Kun vahvistus saapuu, kirjaa se tästä:`,
  merchantConfirm: 'Kirjaa käsittelijän vastaus',
  escalationSubject: (processor, ref) =>
    `${processor} ei ole vahvistanut, viite ${ref}: toimenpiteitä tarvitaan`,
  escalationBody: (processor, right, due) =>
    `${processor} ei ole vahvistanut pyyntöä (${right}), jonka määräaika oli ${due}. Ota yhteyttä käsittelijään. Kun se on vastannut, kirjaa vastaus tästä:`,
  escalationAction: 'Kirjaa vastaus',
};
