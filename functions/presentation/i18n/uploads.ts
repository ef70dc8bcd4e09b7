/**
 * Words of the file part of the processor confirmation page (and of the emails that point to it),
 * in the five languages. Processors are addressed formally; shop and processor names are never
 * inflected (they go where the grammar leaves them as they are).
 */
import type { Locale } from '#domain/schemas.ts';
import type { UploadProblem } from '#use-cases/processor-uploads.ts';

export interface UploadMessages {
  heading: string;
  /** Above the upload form: how, what and how much. */
  intro: (maxSize: string, maxFiles: number) => string;
  types: string;
  fileLabel: string;
  upload: string;
  /** Under the form: its life, and what to do when S3 refuses a file. */
  formNote: string;
  limitReached: (maxFiles: number) => string;
  listHeading: string;
  none: string;
  /** A listed file's type, or that it is not accepted. */
  type: (label: string) => string;
  notAccepted: (label: string) => string;
  unknownType: string;
  remove: string;
  removeLabel: (name: string) => string;
  problems: Record<UploadProblem, string>;
  /** A size in the locale's units (KB/MB or their local names). */
  size: (bytes: number) => string;
  /** In the merchant's email for a processor that sends its export only to the merchant (Nosto). */
  merchantHint: (processor: string) => string;
  /** The shopper's report.html (access package). */
  report: {
    heading: string;
    intro: string;
    /** A recorded file the store no longer held when the package was made. */
    missing: (name: string) => string;
    folder: string;
  };
}

const number = (locale: string, value: number, digits: number) =>
  new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);

/** KB below one MB (rounded up, at least 1), MB with one decimal above. */
const sizeIn =
  (locale: string, kb: string, mb: string, space = '\u00a0') =>
  (bytes: number) =>
    bytes < 1024 * 1024
      ? `${number(locale, Math.max(1, Math.ceil(bytes / 1024)), 0)}${space}${kb}`
      : `${number(locale, bytes / (1024 * 1024), 1)}${space}${mb}`;

const en: UploadMessages = {
  heading: 'Hand over the data',
  intro: (maxSize, maxFiles) =>
    `Upload the data you hold about this person here, one file at a time (up to ${maxSize} a file, ${maxFiles} files in all). Each file you upload appears in the list below, where you can remove it until you confirm. Please upload the files before choosing your answer.`,
  types:
    'Accepted: CSV, JSON, XLSX, PDF, ZIP and images (PNG, JPEG, GIF, WebP, HEIC). The type is read from the file’s content.',
  fileLabel: 'File to upload',
  upload: 'Upload',
  formNote:
    'If the upload is refused (for example, a file that is too large), go back to this page and choose another file. Reload the page if it has been open for more than an hour.',
  limitReached: (maxFiles) =>
    `${maxFiles} files have been uploaded, the most that can be handed over. Remove one to upload another.`,
  listHeading: 'Uploaded files',
  none: 'No files uploaded yet.',
  type: (label) => label,
  notAccepted: (label) => `${label}: not accepted, please remove it`,
  unknownType: 'unknown type',
  remove: 'Remove',
  removeLabel: (name) => `Remove ${name}`,
  problems: {
    'not-accepted':
      'A file of a type that is not accepted is still in the list: remove it before confirming.',
    'too-many':
      'There are more files than can be handed over: remove some before confirming.',
    missing:
      'No file has been uploaded: upload the data before answering “Data provided”, or choose another answer.',
    'not-wanted':
      'Files have been uploaded, but the answer hands over no data: remove the files, or choose “Data provided”.',
  },
  size: sizeIn('en-GB', 'KB', 'MB'),
  merchantHint: (processor) =>
    `${processor} sends its copy of the data to you by email. Upload those files on the same page (please do not forward them by email): they go to the customer in their data package.`,
  report: {
    heading: 'Files handed over by the organisations',
    intro:
      'Some organisations keep your data in their own systems and handed it over as files. They are in this package, in the folder shown for each.',
    missing: (name) =>
      `${name}: handed over, but no longer stored when this package was made; write to the shop to receive it.`,
    folder:
      'processors/: the files the organisations handed over, one folder per organisation.',
  },
};

const fi: UploadMessages = {
  heading: 'Tietojen luovutus',
  intro: (maxSize, maxFiles) =>
    `Ladatkaa tätä henkilöä koskevat tiedot tällä sivulla tiedosto kerrallaan (enintään ${maxSize} tiedostoa kohden ja yhteensä ${maxFiles} tiedostoa). Ladatut tiedostot näkyvät alla olevassa luettelossa, josta voitte poistaa niitä vahvistamiseen asti. Ladatkaa tiedostot ennen vastauksen valitsemista.`,
  types:
    'Hyväksytyt muodot: CSV, JSON, XLSX, PDF, ZIP ja kuvat (PNG, JPEG, GIF, WebP, HEIC). Muoto tarkistetaan tiedoston sisällöstä.',
  fileLabel: 'Ladattava tiedosto',
  upload: 'Lataa',
  formNote:
    'Jos lataus hylätään (esimerkiksi liian suuren tiedoston vuoksi), palatkaa tälle sivulle ja valitkaa toinen tiedosto. Jos sivu on ollut auki yli tunnin, päivittäkää se.',
  limitReached: (maxFiles) =>
    `Tiedostoja on ladattu ${maxFiles}, mikä on enimmäismäärä. Poistakaa jokin niistä ladataksenne uuden.`,
  listHeading: 'Ladatut tiedostot',
  none: 'Tiedostoja ei ole vielä ladattu.',
  type: (label) => label,
  notAccepted: (label) => `${label}: ei hyväksytty, poistakaa tiedosto`,
  unknownType: 'tuntematon muoto',
  remove: 'Poista',
  removeLabel: (name) => `Poista ${name}`,
  problems: {
    'not-accepted':
      'Luettelossa on yhä tiedosto, jonka muotoa ei hyväksytä: poistakaa se ennen vahvistamista.',
    'too-many':
      'Tiedostoja on enemmän kuin voidaan luovuttaa: poistakaa osa ennen vahvistamista.',
    missing:
      'Yhtään tiedostoa ei ole ladattu: ladatkaa tiedot ennen vastausta ”Tiedot toimitettu” tai valitkaa toinen vastaus.',
    'not-wanted':
      'Tiedostoja on ladattu, mutta valitsemanne vastauksen mukaan tietoja ei luovuteta: poistakaa tiedostot tai valitkaa ”Tiedot toimitettu”.',
  },
  size: sizeIn('fi-FI', 'kt', 'Mt'),
  merchantHint: (processor) =>
    `Käsittelijä ${processor} lähettää kopion tiedoista teille sähköpostitse. Ladatkaa nämä tiedostot samalla sivulla (älkää välittäkö niitä sähköpostilla): ne toimitetaan asiakkaalle hänen tietopaketissaan.`,
  report: {
    heading: 'Organisaatioiden luovuttamat tiedostot',
    intro:
      'Osa organisaatioista säilyttää tietojasi omissa järjestelmissään ja luovutti ne tiedostoina. Tiedostot ovat tässä paketissa kunkin organisaation kohdalla mainitussa kansiossa.',
    missing: (name) =>
      `${name}: luovutettu, mutta tiedostoa ei enää ollut tallessa, kun paketti koottiin; pyydä sitä kaupalta.`,
    folder:
      'processors/: organisaatioiden luovuttamat tiedostot, oma kansio kullekin organisaatiolle.',
  },
};

const sv: UploadMessages = {
  heading: 'Lämna över uppgifterna',
  intro: (maxSize, maxFiles) =>
    `Ladda upp de uppgifter som ni har om personen här, en fil i taget (högst ${maxSize} per fil och ${maxFiles} filer totalt). Varje uppladdad fil visas i listan nedan, där ni kan ta bort den tills ni bekräftar. Ladda upp filerna innan ni väljer ert svar.`,
  types:
    'Godkända format: CSV, JSON, XLSX, PDF, ZIP och bilder (PNG, JPEG, GIF, WebP, HEIC). Formatet kontrolleras utifrån filens innehåll.',
  fileLabel: 'Fil att ladda upp',
  upload: 'Ladda upp',
  formNote:
    'Om uppladdningen nekas (till exempel för att filen är för stor), gå tillbaka till den här sidan och välj en annan fil. Ladda om sidan om den har varit öppen i mer än en timme.',
  limitReached: (maxFiles) =>
    `${maxFiles} filer har laddats upp, vilket är det högsta antalet. Ta bort en fil för att ladda upp en ny.`,
  listHeading: 'Uppladdade filer',
  none: 'Inga filer har laddats upp ännu.',
  type: (label) => label,
  notAccepted: (label) => `${label}: godkänns inte, ta bort filen`,
  unknownType: 'okänt format',
  remove: 'Ta bort',
  removeLabel: (name) => `Ta bort ${name}`,
  problems: {
    'not-accepted':
      'Listan innehåller fortfarande en fil i ett format som inte godkänns: ta bort den innan ni bekräftar.',
    'too-many':
      'Det finns fler filer än vad som kan lämnas över: ta bort några innan ni bekräftar.',
    missing:
      'Ingen fil har laddats upp: ladda upp uppgifterna innan ni svarar ”Uppgifterna har lämnats”, eller välj ett annat svar.',
    'not-wanted':
      'Filer har laddats upp, men enligt ert svar lämnas inga uppgifter över: ta bort filerna eller välj ”Uppgifterna har lämnats”.',
  },
  size: sizeIn('sv-SE', 'kB', 'MB'),
  merchantHint: (processor) =>
    `${processor} skickar sin kopia av uppgifterna till er via e-post. Ladda upp de filerna på samma sida (vidarebefordra dem inte via e-post): de går till kunden i kundens datapaket.`,
  report: {
    heading: 'Filer som organisationerna har lämnat över',
    intro:
      'Vissa organisationer har dina uppgifter i sina egna system och har lämnat över dem som filer. Filerna finns i det här paketet, i den mapp som anges för varje organisation.',
    missing: (name) =>
      `${name}: överlämnad, men fanns inte längre sparad när paketet skapades; be butiken om den.`,
    folder:
      'processors/: filerna som organisationerna har lämnat över, en mapp per organisation.',
  },
};

const de: UploadMessages = {
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

const fr: UploadMessages = {
  heading: 'Transmettre les données',
  intro: (maxSize, maxFiles) =>
    `Veuillez téléverser ici les données que vous détenez sur cette personne, un fichier à la fois (${maxSize} au plus par fichier, ${maxFiles} fichiers au total). Chaque fichier téléversé apparaît dans la liste ci-dessous, où vous pouvez le retirer jusqu’à votre confirmation. Veuillez téléverser les fichiers avant de choisir votre réponse.`,
  types:
    'Formats acceptés\u00a0: CSV, JSON, XLSX, PDF, ZIP et images (PNG, JPEG, GIF, WebP, HEIC). Le format est vérifié d’après le contenu du fichier.',
  fileLabel: 'Fichier à téléverser',
  upload: 'Téléverser',
  formNote:
    'Si le téléversement est refusé (par exemple pour un fichier trop volumineux), revenez sur cette page et choisissez un autre fichier. Rechargez la page si elle est ouverte depuis plus d’une heure.',
  limitReached: (maxFiles) =>
    `${maxFiles} fichiers ont été téléversés, le nombre maximal. Retirez-en un pour en téléverser un autre.`,
  listHeading: 'Fichiers téléversés',
  none: 'Aucun fichier téléversé pour l’instant.',
  type: (label) => label,
  notAccepted: (label) => `${label}\u00a0: non accepté, veuillez le retirer`,
  unknownType: 'format inconnu',
  remove: 'Retirer',
  removeLabel: (name) => `Retirer ${name}`,
  problems: {
    'not-accepted':
      'La liste contient encore un fichier dont le format n’est pas accepté\u00a0: retirez-le avant de confirmer.',
    'too-many':
      'Il y a plus de fichiers que le nombre pouvant être transmis\u00a0: retirez-en avant de confirmer.',
    missing:
      'Aucun fichier n’a été téléversé\u00a0: téléversez les données avant de répondre «\u00a0Données fournies\u00a0», ou choisissez une autre réponse.',
    'not-wanted':
      'Des fichiers ont été téléversés, mais votre réponse ne transmet aucune donnée\u00a0: retirez les fichiers ou choisissez «\u00a0Données fournies\u00a0».',
  },
  size: sizeIn('fr-FR', 'Ko', 'Mo'),
  merchantHint: (processor) =>
    `${processor} vous envoie sa copie des données par e-mail. Veuillez téléverser ces fichiers sur la même page (sans les transférer par e-mail)\u00a0: ils seront remis au client dans son dossier de données.`,
  report: {
    heading: 'Fichiers transmis par les organismes',
    intro:
      'Certains organismes conservent vos données dans leurs propres systèmes et les ont transmises sous forme de fichiers. Ils figurent dans ce dossier, dans le répertoire indiqué pour chacun.',
    missing: (name) =>
      `${name}\u00a0: transmis, mais plus conservé lors de la préparation de ce dossier\u00a0; écrivez à la boutique pour le recevoir.`,
    folder:
      'processors/\u00a0: les fichiers transmis par les organismes, un répertoire par organisme.',
  },
};

export const UPLOAD_MESSAGES: Record<Locale, UploadMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
