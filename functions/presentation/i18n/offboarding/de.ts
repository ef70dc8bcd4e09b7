/** The de texts of offboarding.ts (loaded when a text in this language is first read: lazy.ts). */
import type { OffboardingMessages } from '../offboarding.ts';

export const de: OffboardingMessages = {
  subject: (shop) => `${shop}: Ihre Daten bei uns werden gelöscht`,
  told: (shop, day) =>
    `Shopify hat uns am ${day} mitgeteilt, dass ${shop} unsere Datenschutz-App aus dem Shop entfernt hat.`,
  erasing: (shop, when) =>
    `Ab ${when} löschen wir alles, was wir für ${shop} speichern.`,
  what: 'Das sind alle Datenschutzanfragen, auch noch offene (sie werden unerledigt gelöscht; sie zu beantworten liegt dann bei Ihnen), mit ihrem Protokoll, Exporten, Bescheinigungen, hochgeladenen Dateien und empfangenen E-Mails, die hier gespeicherten Kundendaten des Shops und die Mitglieder der Konsole.',
  kept: 'Wir behalten nur einen Nachweis, dass die Löschung stattgefunden hat: die Daten und den Umfang der Löschung.',
  export:
    'Sichern Sie vorher, was Sie als Verantwortlicher benötigen: Laden Sie unter „Berichte“ das Anfragenregister herunter und sichern Sie, was Sie von den Seiten der einzelnen Anfragen brauchen.',
  cancelHow:
    'Haben Sie die App wieder installiert oder versehentlich entfernt? Ein Administrator kann die Löschung in der Konsole abbrechen:',
  bannerTitle: 'Die Daten dieses Shops werden gelöscht',
  begun: (when) =>
    `Die Löschung hat am ${when} begonnen und lässt sich nicht mehr aufhalten.`,
  open: (count) =>
    count === 1
      ? '1 Anfrage ist noch offen und wird unerledigt gelöscht.'
      : `${count} Anfragen sind noch offen und werden unerledigt gelöscht.`,
  cancelButton: 'Löschung abbrechen',
  askAdmin: 'Ein Administrator des Shops kann die Löschung abbrechen.',
  cancelled: 'Die Löschung ist abgebrochen: Es wird nichts gelöscht.',
};
