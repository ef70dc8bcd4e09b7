/** The de texts of uploads.ts (loaded when a text in this language is first read: lazy.ts). */
import type { UploadMessages } from '../uploads.ts';
import { sizeIn } from './size.ts';

export const de: UploadMessages = {
  heading: 'Daten übergeben',
  intro: (maxSize, maxFiles) =>
    `Bitte laden Sie die Daten, die Sie über diese Person gespeichert haben, hier hoch, jeweils eine Datei (höchstens ${maxSize} pro Datei und ${maxFiles} Dateien insgesamt). Jede hochgeladene Datei erscheint in der Liste unten; bis zur Bestätigung können Sie sie wieder entfernen. Bitte laden Sie die Dateien hoch, bevor Sie Ihre Antwort auswählen.`,
  types:
    'Zulässig sind CSV, JSON, XLSX, PDF, ZIP und Bilder (PNG, JPEG, GIF, WebP, HEIC). Das Format wird anhand des Dateiinhalts geprüft.',
  fileLabel: 'Hochzuladende Datei',
  upload: 'Hochladen',
  formNote:
    'Wird der Upload abgelehnt (etwa weil die Datei zu groß ist), kehren Sie bitte zu dieser Seite zurück und wählen Sie eine andere Datei. War die Seite länger als eine Stunde geöffnet, laden Sie sie bitte neu.',
  limitReached: (maxFiles) =>
    `Es wurden ${maxFiles} Dateien hochgeladen, die Höchstzahl. Entfernen Sie eine Datei, um eine weitere hochzuladen.`,
  listHeading: 'Hochgeladene Dateien',
  none: 'Noch keine Dateien hochgeladen.',
  type: (label) => label,
  notAccepted: (label) => `${label}: nicht zulässig, bitte entfernen`,
  unknownType: 'unbekanntes Format',
  remove: 'Entfernen',
  removeLabel: (name) => `${name} entfernen`,
  problems: {
    'not-accepted':
      'In der Liste steht noch eine Datei in einem nicht zulässigen Format: Bitte entfernen Sie sie vor der Bestätigung.',
    'too-many':
      'Es sind mehr Dateien vorhanden, als übergeben werden können: Bitte entfernen Sie einige vor der Bestätigung.',
    missing:
      'Es wurde keine Datei hochgeladen: Bitte laden Sie die Daten hoch, bevor Sie „Daten bereitgestellt“ wählen, oder wählen Sie eine andere Antwort.',
    'not-wanted':
      'Es wurden Dateien hochgeladen, laut Ihrer Antwort werden aber keine Daten übergeben: Bitte entfernen Sie die Dateien oder wählen Sie „Daten bereitgestellt“.',
  },
  size: sizeIn('de-DE', 'KB', 'MB'),
  merchantHint: (processor) =>
    `${processor} sendet die Kopie der Daten per E-Mail an Sie. Bitte laden Sie diese Dateien auf derselben Seite hoch (leiten Sie sie nicht per E-Mail weiter): Sie gehen im Datenpaket an die Kundin oder den Kunden.`,
  report: {
    heading: 'Von den Stellen übergebene Dateien',
    intro:
      'Einige Stellen speichern Ihre Daten in eigenen Systemen und haben sie als Dateien übergeben. Sie finden die Dateien in diesem Paket im jeweils angegebenen Ordner.',
    missing: (name) =>
      `${name}: übergeben, aber bei der Erstellung dieses Pakets nicht mehr gespeichert; bitte wenden Sie sich an den Shop, um die Datei zu erhalten.`,
    folder:
      'processors/: die von den Stellen übergebenen Dateien, ein Ordner je Stelle.',
  },
};
