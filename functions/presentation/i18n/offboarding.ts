/**
 * A merchant's offboarding (domain/offboarding.ts) in the five languages: the email its members
 * get when Shopify's `shop/redact` arrives, and the console's banner until the erasure is done.
 * Each sentence states one recorded fact: when Shopify told us, from when we erase, what is
 * erased (open requests too), what is kept, and how to keep a copy or cancel.
 */
import type { Locale } from '#domain/schemas.ts';

export interface OffboardingMessages {
  subject: (shop: string) => string;
  /** Shopify told us, on `day`, that the shop removed the app. */
  told: (shop: string, day: string) => string;
  /** From `when`, everything is erased. */
  erasing: (shop: string, when: string) => string;
  /** What "everything" is, open requests included. */
  what: string;
  /** What we keep afterwards. */
  kept: string;
  /** Keep a copy first: the register under Reports. */
  export: string;
  /** Reinstalled or a mistake: an admin cancels in the console. */
  cancelHow: string;
  /** Banner heading while scheduled / under way. */
  bannerTitle: string;
  /** The erasure began (no longer cancellable). */
  begun: (when: string) => string;
  /** Open requests right now (only when there are some). */
  open: (count: number) => string;
  cancelButton: string;
  /** A member who may not cancel. */
  askAdmin: string;
  /** After the cancel. */
  cancelled: string;
}

export const OFFBOARDING_MESSAGES: Record<Locale, OffboardingMessages> = {
  en: {
    subject: (shop) => `${shop}: its data at our service will be erased`,
    told: (shop, day) =>
      `Shopify told us on ${day} that ${shop} removed our privacy app from the shop.`,
    erasing: (shop, when) =>
      `From ${when} we will erase everything we hold for ${shop}.`,
    what: 'That is every privacy request, including any still open (they are erased unfinished, and answering them is then up to you), with its audit trail, exports, certificates, uploaded files and received emails, the shop’s customer records held here, and the console’s members.',
    kept: 'We keep only a record that the erasure took place: the dates and how much was erased.',
    export:
      'Before then, keep what you need as the controller: download the request register under Reports, and save anything you need from each request’s page.',
    cancelHow:
      'Reinstalled the app, or removed it by mistake? An administrator can cancel the erasure in the console:',
    bannerTitle: 'This shop’s data will be erased',
    begun: (when) =>
      `The erasure began on ${when} and cannot be stopped any more.`,
    open: (count) =>
      count === 1
        ? '1 request is still open and will be erased unfinished.'
        : `${count} requests are still open and will be erased unfinished.`,
    cancelButton: 'Cancel the erasure',
    askAdmin: 'An administrator of the shop can cancel the erasure.',
    cancelled: 'The erasure is cancelled: nothing will be erased.',
  },
  fi: {
    subject: (shop) => `${shop}: kaupan tiedot poistetaan palvelustamme`,
    told: (shop, day) =>
      `Shopify ilmoitti meille ${day}, että ${shop} on poistanut tietosuojasovelluksemme kaupastaan.`,
    erasing: (shop, when) =>
      `Poistamme kaikki kaupan ${shop} tiedot palvelustamme ${when} alkaen.`,
    what: 'Poistamme jokaisen tietosuojapyynnön, myös kesken olevat (ne poistetaan keskeneräisinä, ja niihin vastaaminen jää teille), sekä niiden lokitiedot, tiedostot, todistukset, ladatut tiedostot ja vastaanotetut sähköpostit, täällä säilytetyt kaupan asiakastiedot ja hallintapaneelin käyttäjät.',
    kept: 'Säilytämme vain merkinnän poistosta: päivämäärät ja sen, kuinka paljon poistettiin.',
    export:
      'Tallentakaa sitä ennen, mitä tarvitsette rekisterinpitäjänä: ladatkaa pyyntörekisteri Raportit-sivulta ja tallentakaa tarvitsemanne kunkin pyynnön sivulta.',
    cancelHow:
      'Asensitteko sovelluksen uudelleen tai poistitteko sen vahingossa? Ylläpitäjä voi perua poiston hallintapaneelissa:',
    bannerTitle: 'Kaupan tiedot poistetaan',
    begun: (when) => `Poisto alkoi ${when}, eikä sitä voi enää pysäyttää.`,
    open: (count) =>
      count === 1
        ? '1 pyyntö on yhä kesken ja poistetaan keskeneräisenä.'
        : `${count} pyyntöä on yhä kesken ja poistetaan keskeneräisinä.`,
    cancelButton: 'Peru poisto',
    askAdmin: 'Kaupan ylläpitäjä voi perua poiston.',
    cancelled: 'Poisto on peruttu: mitään ei poisteta.',
  },
  sv: {
    subject: (shop) => `${shop}: butikens uppgifter hos oss raderas`,
    told: (shop, day) =>
      `Shopify meddelade oss den ${day} att ${shop} har tagit bort vår integritetsapp från butiken.`,
    erasing: (shop, when) =>
      `Från och med ${when} raderar vi allt vi har om ${shop}.`,
    what: 'Det gäller varje begäran om personuppgifter, även de som fortfarande pågår (de raderas ofullbordade, och att besvara dem blir då ert ansvar), med händelselogg, exporter, intyg, uppladdade filer och mottagna e-postmeddelanden, butikens kunduppgifter som lagras här och konsolens medlemmar.',
    kept: 'Vi sparar bara en uppgift om att raderingen har skett: datumen och hur mycket som raderades.',
    export:
      'Spara innan dess det ni behöver som personuppgiftsansvarig: ladda ned registret över begäranden under Rapporter och spara det ni behöver från varje begärans sida.',
    cancelHow:
      'Har ni installerat appen igen eller tagit bort den av misstag? En administratör kan avbryta raderingen i konsolen:',
    bannerTitle: 'Butikens uppgifter kommer att raderas',
    begun: (when) =>
      `Raderingen började den ${when} och kan inte längre stoppas.`,
    open: (count) =>
      count === 1
        ? '1 begäran pågår fortfarande och raderas ofullbordad.'
        : `${count} begäranden pågår fortfarande och raderas ofullbordade.`,
    cancelButton: 'Avbryt raderingen',
    askAdmin: 'En administratör för butiken kan avbryta raderingen.',
    cancelled: 'Raderingen är avbruten: ingenting raderas.',
  },
  de: {
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
  },
  fr: {
    subject: (shop) => `${shop} : ses données chez nous seront effacées`,
    told: (shop, day) =>
      `Shopify nous a informés le ${day} que ${shop} a retiré notre application de confidentialité de la boutique.`,
    erasing: (shop, when) =>
      `À partir du ${when}, nous effacerons tout ce que nous conservons pour ${shop}.`,
    what: 'Cela comprend chaque demande relative aux données personnelles, y compris celles encore en cours (elles seront effacées inachevées, et il vous reviendra d’y répondre), avec leur journal, leurs exports, leurs certificats, les fichiers déposés et les e-mails reçus, les données clients de la boutique conservées ici et les membres de la console.',
    kept: 'Nous ne conservons qu’une trace de l’effacement : les dates et le volume effacé.',
    export:
      'D’ici là, conservez ce dont vous avez besoin en tant que responsable du traitement : téléchargez le registre des demandes dans Rapports et enregistrez ce qu’il vous faut depuis la page de chaque demande.',
    cancelHow:
      'Vous avez réinstallé l’application ou l’avez retirée par erreur ? Un administrateur peut annuler l’effacement dans la console :',
    bannerTitle: 'Les données de cette boutique seront effacées',
    begun: (when) =>
      `L’effacement a commencé le ${when} et ne peut plus être arrêté.`,
    open: (count) =>
      count === 1
        ? '1 demande est encore en cours et sera effacée inachevée.'
        : `${count} demandes sont encore en cours et seront effacées inachevées.`,
    cancelButton: 'Annuler l’effacement',
    askAdmin: 'Un administrateur de la boutique peut annuler l’effacement.',
    cancelled: 'L’effacement est annulé : rien ne sera effacé.',
  },
};
