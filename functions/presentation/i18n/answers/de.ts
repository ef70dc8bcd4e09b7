/** The de texts of answers.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AnswerMessages } from '../answers.ts';

export const de: AnswerMessages = {
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
