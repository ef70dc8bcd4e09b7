/** The sv texts of uploads.ts (loaded when a text in this language is first read: lazy.ts). */
import type { UploadMessages } from '../uploads.ts';
import { sizeIn } from './size.ts';

export const sv: UploadMessages = {
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
