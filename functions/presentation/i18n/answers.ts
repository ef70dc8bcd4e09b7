/**
 * Words for what each processor answered (domain/processor-answer.ts `statementOf`), in every
 * supported locale. One catalogue for every output that states an answer: the shopper's result
 * emails, report.html, the erasure certificate, the status page and the merchant's copies.
 * Each phrase follows the processor's name and a colon ("Judge.me: erased your data").
 */
import type { Locale } from '#domain/schemas.ts';

type S = string;

export interface AnswerMessages {
  /** Access/portability: what was handed over, e.g. "2 files, 14 records". */
  provided: (what: S) => S;
  /** Handed over through the API without a count. */
  providedUncounted: S;
  /** The person confirmed "done" on an access request but no file came with it. */
  providedNoFile: S;
  files: (n: number) => S;
  records: (n: number) => S;
  noneHeld: S;
  erased: S;
  erasedCounted: (records: S) => S;
  /** Followed by the hold lines. */
  kept: S;
  restricted: S;
  marketingStopped: S;
  /** An objection to other processing than direct marketing (Art. 21(1)) was carried out. */
  processingStopped: S;
  /** A person confirmed a rectification, objection or restriction was carried out. */
  confirmedDone: S;
  couldNot: (reason: S) => S;
  /** Where a reason may not be shown (the status page holds no personal data). */
  couldNotShort: S;
  /** The status page's heading over the answers. */
  heading: S;
  /** The shopper's words for a failed job (the request is being looked into). */
  failedShopper: S;
  /** The merchant's words for a failed job, with the operator's reason. */
  failedMerchant: (reason: S) => S;
  notAnswered: S;
  notAnsweredBy: (due: S) => S;
  closedWithout: S;
  notContacted: S;
  /**
   * Not asked, because the request does not concern it (domain/processor-scope.ts): an
   * objection to a processor that does no direct marketing or profiling, a rectification of data
   * it does not hold.
   */
  notConcernedMarketing: S;
  notConcernedCorrections: S;
  /** A cancelled deferral withdrew the erasure the shop had asked for: the data is kept there. */
  withdrawn: S;
  /** A withdrawal was attempted, and the processor had already erased the data. */
  withdrawalTooLate: S;
  /** A withdrawal was attempted, and the processor had no erasure pending any more. */
  withdrawalNothingPending: S;
  /** A withdrawal was attempted, and the processor refused it: the erasure goes ahead. */
  withdrawalRefused: S;
  /** Who gave the answer, after the statement. */
  confirmedBy: (date: S) => S;
  recordedByShop: (date: S) => S;
  /** The note of the person who answered (merchant's copies and evidence only). */
  note: (text: S) => S;
  /** The result's summary line about missing parts. */
  missing: (names: S, count: number) => S;
  /** Joins names: "A, B and C". */
  and: S;
}

const en: AnswerMessages = {
  provided: (what) => `provided your data (${what})`,
  providedUncounted: 'provided your data',
  providedNoFile:
    'answered that it has handed over your data, but sent no file with its answer',
  files: (n) => `${n} file${n === 1 ? '' : 's'}`,
  records: (n) => `${n} record${n === 1 ? '' : 's'}`,
  noneHeld: 'holds no data about you',
  erased: 'erased your data',
  erasedCounted: (r) => `erased your data (${r})`,
  kept: 'erased your data, except what it must keep',
  restricted:
    'restricted the processing of your data: it is stored, and otherwise processed only with your consent, for legal claims, to protect the rights of another person or for reasons of important public interest (Art. 18(2)); the shop will tell you before the restriction is lifted (Art. 18(3))',
  marketingStopped: 'stopped direct marketing to you',
  processingStopped: 'stopped the processing you objected to',
  confirmedDone: 'confirmed that it has carried out your request',
  couldNot: (reason) =>
    `could not carry out your request. Its reason: “${reason}”`,
  couldNotShort: 'could not carry out your request',
  heading: 'What each organisation has answered so far',
  failedShopper: 'has not finished yet; the shop is looking into it',
  failedMerchant: (reason) => `failed: ${reason}`,
  notAnswered: 'has not answered yet',
  notAnsweredBy: (due) => `has not answered yet (asked to answer by ${due})`,
  closedWithout:
    'has not provided its part: the shop closed your request without its answer',
  notContacted:
    'was not asked: there is no way to send it this request (the shop has been told)',
  notConcernedMarketing:
    'was not asked: according to the shop’s records, it uses your data neither for direct marketing nor for profiling',
  notConcernedCorrections:
    'was not asked: according to the shop’s records, it holds none of the data to be corrected',
  withdrawn:
    'the erasure the shop had asked for was withdrawn, and your data is kept there',
  withdrawalTooLate:
    'had already erased your data, so the erasure could no longer be withdrawn',
  withdrawalNothingPending:
    'had no erasure of your data pending any more, so there was nothing to withdraw',
  withdrawalRefused:
    'did not allow the erasure the shop had asked for to be withdrawn, so it goes ahead',
  confirmedBy: (date) => `confirmed on ${date}`,
  recordedByShop: (date) => `as recorded by the shop on ${date}`,
  note: (text) => `Their note: “${text}”`,
  missing: (names) => `Not included: ${names} did not provide their part.`,
  and: 'and',
};

const fi: AnswerMessages = {
  provided: (what) => `luovutti tietosi (${what})`,
  providedUncounted: 'luovutti tietosi',
  providedNoFile:
    'vastasi luovuttaneensa tietosi, mutta vastauksen mukana ei tullut tiedostoa',
  files: (n) => `${n} tiedosto${n === 1 ? '' : 'a'}`,
  records: (n) => `${n} ${n === 1 ? 'tietue' : 'tietuetta'}`,
  noneHeld: 'ei säilytä sinusta tietoja',
  erased: 'poisti tietosi',
  erasedCounted: (r) => `poisti tietosi (${r})`,
  kept: 'poisti tietosi lukuun ottamatta sitä, mitä sen on säilytettävä',
  restricted:
    'rajoitti tietojesi käsittelyä: tiedot säilytetään, ja muuten niitä käsitellään vain suostumuksellasi, oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi, toisen henkilön oikeuksien suojaamiseksi tai tärkeää yleistä etua koskevista syistä (18 artiklan 2 kohta); kauppa ilmoittaa sinulle ennen kuin rajoitus poistetaan (18 artiklan 3 kohta)',
  marketingStopped: 'lopetti sinulle suunnatun suoramarkkinoinnin',
  processingStopped: 'lopetti käsittelyn, jota vastustit',
  confirmedDone: 'vahvisti toteuttaneensa pyyntösi',
  couldNot: (reason) => `ei voinut toteuttaa pyyntöäsi. Perustelu: ”${reason}”`,
  couldNotShort: 'ei voinut toteuttaa pyyntöäsi',
  heading: 'Organisaatioiden vastaukset tähän mennessä',
  failedShopper: 'ei ole vielä valmis; kauppa selvittää asiaa',
  failedMerchant: (reason) => `epäonnistui: ${reason}`,
  notAnswered: 'ei ole vielä vastannut',
  notAnsweredBy: (due) =>
    `ei ole vielä vastannut (vastausta pyydettiin viimeistään ${due})`,
  closedWithout:
    'ei toimittanut osuuttaan: kauppa päätti pyyntösi käsittelyn ilman sen vastausta',
  notContacted:
    'pyyntöä ei lähetetty: sille ei voi välittää tätä pyyntöä (kaupalle on kerrottu)',
  notConcernedMarketing:
    'pyyntöä ei lähetetty: kaupan tietojen mukaan se ei käytä tietojasi suoramarkkinointiin eikä profilointiin',
  notConcernedCorrections:
    'pyyntöä ei lähetetty: kaupan tietojen mukaan sillä ei ole mitään korjattavista tiedoista',
  withdrawn:
    'kaupan pyytämä tietojesi poisto peruttiin, ja tietosi säilytetään siellä',
  withdrawalTooLate:
    'oli jo poistanut tietosi, joten poistoa ei enää voitu perua',
  withdrawalNothingPending:
    'ei enää ollut poistamassa tietojasi, joten peruttavaa ei ollut',
  withdrawalRefused:
    'ei sallinut kaupan pyytämän poiston perumista, joten poisto toteutuu',
  confirmedBy: (date) => `vahvistettu ${date}`,
  recordedByShop: (date) => `kaupan ${date} tekemän kirjauksen mukaan`,
  note: (text) => `Vastaajan huomautus: ”${text}”`,
  missing: (names, n) =>
    `${names} ${n === 1 ? 'ei toimittanut osuuttaan, joten sen tiedot puuttuvat' : 'eivät toimittaneet osuuttaan, joten niiden tiedot puuttuvat'}.`,
  and: 'ja',
};

const sv: AnswerMessages = {
  provided: (what) => `lämnade ut dina uppgifter (${what})`,
  providedUncounted: 'lämnade ut dina uppgifter',
  providedNoFile:
    'svarade att den har lämnat ut dina uppgifter, men skickade ingen fil med svaret',
  files: (n) => `${n} ${n === 1 ? 'fil' : 'filer'}`,
  records: (n) => `${n} ${n === 1 ? 'post' : 'poster'}`,
  noneHeld: 'har inga uppgifter om dig',
  erased: 'raderade dina uppgifter',
  erasedCounted: (r) => `raderade dina uppgifter (${r})`,
  kept: 'raderade dina uppgifter, utom det som den måste spara',
  restricted:
    'begränsade behandlingen av dina uppgifter: de lagras, och i övrigt behandlas de bara med ditt samtycke, för rättsliga anspråk, för att skydda någon annans rättigheter eller av skäl som rör ett viktigt allmänintresse (artikel 18.2); butiken meddelar dig innan begränsningen hävs (artikel 18.3)',
  marketingStopped: 'slutade skicka direktmarknadsföring till dig',
  processingStopped: 'slutade med den behandling som du invände mot',
  confirmedDone: 'bekräftade att den har utfört din begäran',
  couldNot: (reason) => `kunde inte utföra din begäran. Skälet: ”${reason}”`,
  couldNotShort: 'kunde inte utföra din begäran',
  heading: 'Vad varje organisation har svarat hittills',
  failedShopper: 'är inte klar ännu; butiken utreder saken',
  failedMerchant: (reason) => `misslyckades: ${reason}`,
  notAnswered: 'har inte svarat ännu',
  notAnsweredBy: (due) => `har inte svarat ännu (ombads svara senast ${due})`,
  closedWithout:
    'har inte lämnat sin del: butiken avslutade din begäran utan dess svar',
  notContacted:
    'tillfrågades inte: det finns inget sätt att skicka den här begäran dit (butiken har informerats)',
  notConcernedMarketing:
    'tillfrågades inte: enligt butikens register använder den inte dina uppgifter för direktmarknadsföring eller profilering',
  notConcernedCorrections:
    'tillfrågades inte: enligt butikens register har den inga av de uppgifter som ska rättas',
  withdrawn:
    'raderingen som butiken hade begärt återkallades, och dina uppgifter sparas där',
  withdrawalTooLate:
    'hade redan raderat dina uppgifter, så raderingen kunde inte längre återkallas',
  withdrawalNothingPending:
    'hade inte längre någon radering av dina uppgifter på gång, så det fanns inget att återkalla',
  withdrawalRefused:
    'tillät inte att raderingen som butiken hade begärt återkallades, så den genomförs',
  confirmedBy: (date) => `bekräftat den ${date}`,
  recordedByShop: (date) => `enligt butikens anteckning den ${date}`,
  note: (text) => `Deras anteckning: ”${text}”`,
  missing: (names) => `Saknas: ${names} lämnade inte sin del.`,
  and: 'och',
};

const de: AnswerMessages = {
  provided: (what) => `hat Ihre Daten bereitgestellt (${what})`,
  providedUncounted: 'hat Ihre Daten bereitgestellt',
  providedNoFile:
    'hat geantwortet, Ihre Daten übermittelt zu haben, aber keine Datei mitgeschickt',
  files: (n) => `${n} ${n === 1 ? 'Datei' : 'Dateien'}`,
  records: (n) => `${n} ${n === 1 ? 'Datensatz' : 'Datensätze'}`,
  noneHeld: 'speichert keine Daten über Sie',
  erased: 'hat Ihre Daten gelöscht',
  erasedCounted: (r) => `hat Ihre Daten gelöscht (${r})`,
  kept: 'hat Ihre Daten gelöscht, bis auf das, was aufbewahrt werden muss',
  restricted:
    'hat die Verarbeitung Ihrer Daten eingeschränkt: Die Daten werden gespeichert und darüber hinaus nur mit Ihrer Einwilligung, für Rechtsansprüche, zum Schutz der Rechte einer anderen Person oder aus Gründen eines wichtigen öffentlichen Interesses verarbeitet (Art. 18 Abs. 2 DSGVO); der Shop unterrichtet Sie, bevor die Einschränkung aufgehoben wird (Art. 18 Abs. 3 DSGVO)',
  marketingStopped: 'hat die Direktwerbung an Sie eingestellt',
  processingStopped:
    'hat die Verarbeitung eingestellt, der Sie widersprochen haben',
  confirmedDone: 'hat bestätigt, Ihre Anfrage umgesetzt zu haben',
  couldNot: (reason) =>
    `konnte Ihre Anfrage nicht umsetzen. Begründung: „${reason}“`,
  couldNotShort: 'konnte Ihre Anfrage nicht umsetzen',
  heading: 'Was die einzelnen Stellen bisher geantwortet haben',
  failedShopper: 'ist noch nicht abgeschlossen; der Shop kümmert sich darum',
  failedMerchant: (reason) => `fehlgeschlagen: ${reason}`,
  notAnswered: 'hat noch nicht geantwortet',
  notAnsweredBy: (due) =>
    `hat noch nicht geantwortet (um Antwort bis zum ${due} gebeten)`,
  closedWithout:
    'hat seinen Teil nicht geliefert: Der Shop hat Ihre Anfrage ohne diese Antwort abgeschlossen',
  notContacted:
    'wurde nicht beauftragt: Diese Anfrage lässt sich dorthin nicht übermitteln (der Shop wurde informiert)',
  notConcernedMarketing:
    'wurde nicht beauftragt: Laut den Unterlagen des Shops verwendet diese Stelle Ihre Daten weder für Direktwerbung noch für Profiling',
  notConcernedCorrections:
    'wurde nicht beauftragt: Laut den Unterlagen des Shops speichert diese Stelle keine der zu berichtigenden Daten',
  withdrawn:
    'die vom Shop beantragte Löschung wurde zurückgezogen, und Ihre Daten bleiben dort gespeichert',
  withdrawalTooLate:
    'hatte Ihre Daten bereits gelöscht, sodass die Löschung nicht mehr zurückgezogen werden konnte',
  withdrawalNothingPending:
    'hatte keine Löschung Ihrer Daten mehr vorgesehen, sodass es nichts zurückzuziehen gab',
  withdrawalRefused:
    'hat das Zurückziehen der vom Shop beantragten Löschung nicht zugelassen, sodass sie durchgeführt wird',
  confirmedBy: (date) => `bestätigt am ${date}`,
  recordedByShop: (date) => `laut Vermerk des Shops vom ${date}`,
  note: (text) => `Anmerkung: „${text}“`,
  missing: (names, n) =>
    `Nicht enthalten: ${names} ${n === 1 ? 'hat seinen Teil' : 'haben ihren Teil'} nicht geliefert.`,
  and: 'und',
};

const fr: AnswerMessages = {
  provided: (what) => `a fourni vos données (${what})`,
  providedUncounted: 'a fourni vos données',
  providedNoFile:
    'a répondu avoir transmis vos données, mais n’a joint aucun fichier à sa réponse',
  files: (n) => `${n} fichier${n === 1 ? '' : 's'}`,
  records: (n) => `${n} enregistrement${n === 1 ? '' : 's'}`,
  noneHeld: 'ne détient aucune donnée vous concernant',
  erased: 'a effacé vos données',
  erasedCounted: (r) => `a effacé vos données (${r})`,
  kept: 'a effacé vos données, à l’exception de ce qu’il doit conserver',
  restricted:
    'a limité le traitement de vos données\u00a0: elles sont conservées et ne sont traitées par ailleurs qu’avec votre consentement, pour des droits en justice, pour protéger les droits d’une autre personne ou pour des motifs importants d’intérêt public (article 18, paragraphe 2, du RGPD)\u00a0; la boutique vous informera avant la levée de la limitation (article 18, paragraphe 3, du RGPD)',
  marketingStopped: 'a cessé de vous adresser de la prospection commerciale',
  processingStopped:
    'a mis fin au traitement qui faisait l’objet de votre opposition',
  confirmedDone: 'a confirmé avoir donné suite à votre demande',
  couldNot: (reason) =>
    `n’a pas pu donner suite à votre demande. Motif\u00a0: «\u00a0${reason}\u00a0»`,
  couldNotShort: 'n’a pas pu donner suite à votre demande',
  heading: 'Ce que chaque organisme a répondu jusqu’ici',
  failedShopper: 'n’a pas encore terminé\u00a0; la boutique s’en occupe',
  failedMerchant: (reason) => `échec\u00a0: ${reason}`,
  notAnswered: 'n’a pas encore répondu',
  notAnsweredBy: (due) =>
    `n’a pas encore répondu (réponse demandée au plus tard le ${due})`,
  closedWithout:
    'n’a pas fourni sa part\u00a0: la boutique a clôturé votre demande sans sa réponse',
  notContacted:
    'n’a pas été sollicité\u00a0: cette demande ne peut pas lui être transmise (la boutique en a été informée)',
  notConcernedMarketing:
    'n’a pas été sollicité\u00a0: selon les informations de la boutique, il n’utilise vos données ni à des fins de prospection commerciale ni pour du profilage',
  notConcernedCorrections:
    'n’a pas été sollicité\u00a0: selon les informations de la boutique, il ne détient aucune des données à rectifier',
  withdrawn:
    'l’effacement demandé par la boutique a été retiré, et vos données y sont conservées',
  withdrawalTooLate:
    'avait déjà effacé vos données : l’effacement ne pouvait donc plus être retiré',
  withdrawalNothingPending:
    'n’avait plus d’effacement de vos données en attente : il n’y avait donc rien à retirer',
  withdrawalRefused:
    'n’a pas accepté le retrait de l’effacement demandé par la boutique, qui sera donc effectué',
  confirmedBy: (date) => `confirmé le ${date}`,
  recordedByShop: (date) => `selon la boutique, le ${date}`,
  note: (text) => `Sa remarque\u00a0: «\u00a0${text}\u00a0»`,
  missing: (names, n) =>
    `Non inclus\u00a0: ${names} ${n === 1 ? 'n’a pas fourni sa part' : 'n’ont pas fourni leur part'}.`,
  and: 'et',
};

export const ANSWER_MESSAGES: Record<Locale, AnswerMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
