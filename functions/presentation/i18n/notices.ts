/**
 * Words of the notices a shopper (and, for a lifted restriction, the merchant and processors)
 * receives besides the result: the acknowledgement after confirming, how the deadline is
 * counted, the failure notice, a cancelled deferral, the Art. 18(3) notice before a restriction
 * is lifted, and the plain answer when nothing is held. In every supported locale; shoppers are
 * addressed as in the other shopper texts, merchants and processors formally.
 */
import type { Locale } from '#domain/schemas.ts';

type S = string;
const NBSP = '\u00a0';

export interface NoticeMessages {
  /** How the deadline is counted, after the date (Art. 12(3)): always from receipt. */
  deadline: {
    /** One month under Reg. 1182/71 (EU GDPR): rolls to the next working day. */
    month: S;
    /** One month (UK GDPR), no roll-forward stated. */
    monthUk: S;
    days: (n: number) => S;
    extension: (date: S) => S;
  };
  acknowledgement: {
    subject: (merchant: S, ref: S) => S;
    received: (merchant: S, right: S, date: S) => S;
    due: (date: S) => S;
    next: S;
    nothingToDo: S;
  };
  failure: {
    subject: (merchant: S, ref: S) => S;
    body: (right: S) => S;
    due: (date: S) => S;
    nothingToDo: S;
  };
  deferralCancelled: {
    subject: (merchant: S, ref: S) => S;
    body: (merchant: S, until: S, processors: S) => S;
  };
  /** Art. 18(3): to the shopper before the restriction is lifted. */
  lift: {
    subject: (merchant: S, ref: S) => S;
    body: (merchant: S, restrictedOn: S, liftedOn: S, article: S) => S;
    where: (processors: S) => S;
    object: (article: S) => S;
  };
  /** The merchant's page that lifts a restriction, and the link to it in the merchant's copy. */
  liftPage: {
    title: (ref: S) => S;
    heading: S;
    body: (processors: S, date: S) => S;
    reason: S;
    submit: S;
    reasonRequired: S;
    reasonTooLong: S;
    doneTitle: S;
    doneBody: S;
    copyIntro: S;
    copyLink: S;
  };
  /** To a processor asked earlier to restrict: the restriction is lifted (no answer needed). */
  liftProcessor: {
    subject: (merchant: S, ref: S) => S;
    body: (merchant: S, processor: S, date: S) => S;
  };
  noData: {
    subject: (merchant: S, ref: S) => S;
    body: (merchant: S, right: S) => S;
    otherAddress: S;
  };
  erasureNothingHeld: (merchant: S) => S;
  /** report.html, only where the merchant reviews packages before release (Art. 15(4)). */
  reviewed: S;
}

const en: NoticeMessages = {
  deadline: {
    month:
      'That is one month from the day the shop received your request (not from when you confirmed it); when the month ends on a weekend or a public holiday, the deadline is the next working day.',
    monthUk:
      'That is one month from the day the shop received your request (not from when you confirmed it).',
    days: (n) =>
      `That is ${n} days from the day the shop received your request (not from when you confirmed it).`,
    extension: (date) =>
      `If your request is complex, the shop may extend the deadline by up to two further months, but it must tell you why by ${date}.`,
  },
  acknowledgement: {
    subject: (m, ref) => `${m} has received your privacy request [${ref}]`,
    received: (m, right, date) =>
      `${m} received your request on ${date}: ${right}.`,
    due: (date) => `The shop must answer by ${date} at the latest.`,
    next: 'What happens next: the shop decides on your request and asks the organisations that hold your data for it to act. You will receive the answer by email; the link below shows where your request stands.',
    nothingToDo: 'You do not need to do anything now.',
  },
  failure: {
    subject: (m, ref) => `Your privacy request to ${m} is delayed [${ref}]`,
    body: (right) =>
      `A technical problem has stopped the handling of your request (${right}) for now. The shop has been told, and it must still complete your request.`,
    due: (date) =>
      `The deadline still stands: the shop must answer by ${date} at the latest.`,
    nothingToDo: 'You do not need to do anything; the shop will write to you.',
  },
  deferralCancelled: {
    subject: (m, ref) => `${m} is keeping the data it held back [${ref}]`,
    body: (m, until, processors) =>
      `When your data was erased, ${m} kept part of it for a legal reason and told you it would be erased automatically after ${until}. The shop has now decided to keep that data longer. It is held by: ${processors}.`,
  },
  lift: {
    subject: (m, ref) =>
      `${m} is lifting the restriction on your data [${ref}]`,
    body: (m, date, lifted, a) =>
      `At your request, ${m} restricted the processing of your data on ${date}. The shop lifts the restriction on ${lifted}; this message is sent to you before it is lifted (${a}). From then on, your data may again be used for the purposes it was collected for.`,
    where: (processors) => `The restriction is lifted at: ${processors}.`,
    object: (a) =>
      `Where the shop processes your data on the basis of its legitimate interests, you may object to that processing at any time on grounds relating to your particular situation (${a}).`,
  },
  liftPage: {
    title: (ref) => `Lift the restriction ${ref}`,
    heading: 'Lift the restriction?',
    body: (processors, date) =>
      `The shopper’s data was restricted on ${date} at: ${processors}. Lifting it: the shopper is told first, with your reason (GDPR Art. 18(3)); then the shop’s own records are unmarked and the other processors are asked by email to lift the restriction.`,
    reason:
      'Reason, sent to the shopper (for example: the accuracy of the data has been verified)',
    submit: 'Tell the shopper and lift the restriction',
    reasonRequired: 'Give the reason for lifting the restriction.',
    reasonTooLong: 'The reason must be at most 1000 characters.',
    doneTitle: 'Restriction lifted',
    doneBody:
      'The shopper has been told, the shop’s own records are no longer marked restricted, and the other processors have been asked by email to lift the restriction.',
    copyIntro:
      'When the restriction is to end (for example, once the accuracy of the data has been verified), lift it here; the shopper is told first (GDPR Art. 18(3)):',
    copyLink: 'Lift the restriction',
  },
  liftProcessor: {
    subject: (merchant, ref) =>
      `Restriction lifted: data-subject request from ${merchant}, ref. ${ref}`,
    body: (merchant, processor, date) =>
      `On ${date} we asked ${processor} to restrict the processing of this data subject’s personal data (GDPR Art. 18). ${merchant} has now lifted the restriction: you may process the data again as our data processing agreement provides. No confirmation is needed.`,
  },
  noData: {
    subject: (m, ref) => `${m} holds no personal data about you [${ref}]`,
    body: (m, right) =>
      `${m} has answered your request (${right}): neither the shop nor any of the organisations that hold customer data for it holds personal data about you under this email address.`,
    otherAddress:
      'If you have used another email address with the shop, you may send a new request with that address.',
  },
  erasureNothingHeld: (m) =>
    `Neither ${m} nor any of the organisations that hold customer data for it held personal data about you under this email address, so there was nothing to erase.`,
  reviewed:
    'Before releasing this package, the shop reviewed it so that data about other people is left out where giving it to you would affect their rights (GDPR Art. 15(4)).',
};

const fi: NoticeMessages = {
  deadline: {
    month:
      'Määräaika on kuukausi siitä päivästä, jona kauppa vastaanotti pyyntösi (ei siitä, kun vahvistit sen); jos kuukausi päättyy viikonloppuna tai arkipyhänä, määräaika päättyy seuraavana arkipäivänä.',
    monthUk:
      'Määräaika on kuukausi siitä päivästä, jona kauppa vastaanotti pyyntösi (ei siitä, kun vahvistit sen).',
    days: (n) =>
      `Määräaika on ${n} päivää siitä päivästä, jona kauppa vastaanotti pyyntösi (ei siitä, kun vahvistit sen).`,
    extension: (date) =>
      `Jos pyyntösi on monimutkainen, kauppa voi jatkaa määräaikaa enintään kahdella kuukaudella, mutta sen on kerrottava sinulle syy viimeistään ${date}.`,
  },
  acknowledgement: {
    subject: (m, ref) => `Tietosuojapyyntösi on vastaanotettu: ${m} [${ref}]`,
    received: (m, right, date) =>
      `Kauppa ${m} vastaanotti pyyntösi ${date}: ${right}.`,
    due: (date) => `Kaupan on vastattava viimeistään ${date}.`,
    next: 'Mitä seuraavaksi tapahtuu: kauppa päättää pyynnöstäsi ja pyytää tietojasi käsitteleviä organisaatioita toteuttamaan sen. Saat vastauksen sähköpostitse; alla olevasta linkistä näet, missä vaiheessa pyyntösi on.',
    nothingToDo: 'Sinun ei tarvitse tehdä nyt mitään.',
  },
  failure: {
    subject: (m, ref) =>
      `Tietosuojapyyntösi käsittely viivästyy: ${m} [${ref}]`,
    body: (right) =>
      `Pyyntösi käsittely on toistaiseksi keskeytynyt teknisen ongelman vuoksi: ${right}. Kauppa on saanut siitä tiedon, ja sen on silti vietävä pyyntösi loppuun.`,
    due: (date) =>
      `Määräaika on yhä voimassa: kaupan on vastattava viimeistään ${date}.`,
    nothingToDo: 'Sinun ei tarvitse tehdä mitään; kauppa on sinuun yhteydessä.',
  },
  deferralCancelled: {
    subject: (m, ref) =>
      `Poistamatta jätettyjä tietoja säilytetään edelleen: ${m} [${ref}]`,
    body: (m, until, processors) =>
      `Kun tietosi poistettiin, kauppa ${m} jätti osan niistä lakisääteisestä syystä poistamatta ja kertoi, että ne poistetaan automaattisesti ${until} jälkeen. Kauppa on nyt päättänyt säilyttää nämä tiedot pidempään. Tiedot ovat seuraavilla: ${processors}.`,
  },
  lift: {
    subject: (m, ref) =>
      `Tietojesi käsittelyn rajoitus poistetaan: ${m} [${ref}]`,
    body: (m, date, lifted, a) =>
      `Kauppa ${m} rajoitti pyynnöstäsi tietojesi käsittelyä ${date}. Kauppa poistaa rajoituksen ${lifted}; tämä viesti lähetetään sinulle ennen rajoituksen poistamista (${a}). Sen jälkeen tietojasi voidaan taas käyttää niihin tarkoituksiin, joita varten ne on kerätty.`,
    where: (processors) => `Rajoitus poistetaan seuraavilta: ${processors}.`,
    object: (a) =>
      `Jos kauppa käsittelee tietojasi oikeutetun etunsa perusteella, voit milloin tahansa vastustaa käsittelyä erityiseen tilanteeseesi liittyvällä perusteella (${a}).`,
  },
  liftPage: {
    title: (ref) => `Käsittelyn rajoituksen poistaminen ${ref}`,
    heading: 'Poistetaanko käsittelyn rajoitus?',
    body: (processors, date) =>
      `Asiakkaan tietojen käsittelyä rajoitettiin ${date} seuraavilla: ${processors}. Kun rajoitus poistetaan, asiakkaalle ilmoitetaan ensin perusteluineen (tietosuoja-asetuksen 18 artiklan 3 kohta); sen jälkeen kaupan omista tiedoista poistetaan rajoitusmerkintä ja muita käsittelijöitä pyydetään sähköpostitse poistamaan rajoitus.`,
    reason:
      'Perustelu, lähetetään asiakkaalle (esimerkiksi: tietojen paikkansapitävyys on tarkistettu)',
    submit: 'Ilmoita asiakkaalle ja poista rajoitus',
    reasonRequired: 'Kerro, miksi rajoitus poistetaan.',
    reasonTooLong: 'Perustelussa voi olla enintään 1000 merkkiä.',
    doneTitle: 'Rajoitus poistettu',
    doneBody:
      'Asiakkaalle on ilmoitettu, kaupan omista tiedoista on poistettu rajoitusmerkintä ja muita käsittelijöitä on pyydetty sähköpostitse poistamaan rajoitus.',
    copyIntro:
      'Kun rajoituksen on määrä päättyä (esimerkiksi kun tietojen paikkansapitävyys on tarkistettu), poista se tästä; asiakkaalle ilmoitetaan ensin (tietosuoja-asetuksen 18 artiklan 3 kohta):',
    copyLink: 'Poista käsittelyn rajoitus',
  },
  liftProcessor: {
    subject: (merchant, ref) =>
      `Käsittelyn rajoitus poistettu: rekisteröidyn pyyntö (${merchant}), viite ${ref}`,
    body: (merchant, processor, date) =>
      `Käsittelijä: ${processor}. Pyysimme teitä ${date} rajoittamaan tämän henkilön henkilötietojen käsittelyä (tietosuoja-asetuksen 18 artikla). ${merchant} on nyt poistanut rajoituksen: voitte jälleen käsitellä tietoja tietojenkäsittelysopimuksemme mukaisesti. Vahvistusta ei tarvita.`,
  },
  noData: {
    subject: (m, ref) =>
      `Sinusta ei ole tallennettu henkilötietoja: ${m} [${ref}]`,
    body: (m, right) =>
      `Kauppa ${m} on vastannut pyyntöösi: ${right}. Kaupalla tai sen puolesta asiakastietoja käsittelevillä organisaatioilla ei ole tällä sähköpostiosoitteella sinua koskevia henkilötietoja.`,
    otherAddress:
      'Jos olet asioinut kaupassa toisella sähköpostiosoitteella, voit lähettää uuden pyynnön sillä osoitteella.',
  },
  erasureNothingHeld: () =>
    'Kaupalla tai sen puolesta asiakastietoja käsittelevillä organisaatioilla ei ollut tällä sähköpostiosoitteella sinua koskevia henkilötietoja, joten poistettavaa ei ollut.',
  reviewed:
    'Ennen paketin luovuttamista kauppa tarkisti sen, jotta muita henkilöitä koskevat tiedot jäävät pois silloin, kun niiden antaminen sinulle vaikuttaisi heidän oikeuksiinsa (tietosuoja-asetuksen 15 artiklan 4 kohta).',
};

const sv: NoticeMessages = {
  deadline: {
    month:
      'Tidsfristen är en månad från den dag då butiken tog emot din begäran (inte från när du bekräftade den); om månaden slutar på en lördag, söndag eller helgdag går fristen ut nästa vardag.',
    monthUk:
      'Tidsfristen är en månad från den dag då butiken tog emot din begäran (inte från när du bekräftade den).',
    days: (n) =>
      `Tidsfristen är ${n} dagar från den dag då butiken tog emot din begäran (inte från när du bekräftade den).`,
    extension: (date) =>
      `Om din begäran är komplicerad får butiken förlänga tiden med högst två månader, men den måste meddela dig skälen senast ${date}.`,
  },
  acknowledgement: {
    subject: (m, ref) =>
      `${m} har tagit emot din begäran om dataskydd [${ref}]`,
    received: (m, right, date) =>
      `${m} tog emot din begäran den ${date}: ${right}.`,
    due: (date) => `Butiken ska svara senast ${date}.`,
    next: 'Vad som händer nu: butiken fattar beslut om din begäran och ber de organisationer som behandlar dina uppgifter för dess räkning att vidta åtgärder. Du får svaret per e-post; länken nedan visar hur det går med din begäran.',
    nothingToDo: 'Du behöver inte göra något nu.',
  },
  failure: {
    subject: (m, ref) =>
      `Din begäran om dataskydd till ${m} är försenad [${ref}]`,
    body: (right) =>
      `Ett tekniskt problem har tills vidare stoppat handläggningen av din begäran (${right}). Butiken har underrättats och måste ändå slutföra din begäran.`,
    due: (date) =>
      `Tidsfristen gäller fortfarande: butiken ska svara senast ${date}.`,
    nothingToDo: 'Du behöver inte göra något; butiken hör av sig till dig.',
  },
  deferralCancelled: {
    subject: (m, ref) => `${m} behåller de uppgifter som sparades [${ref}]`,
    body: (m, until, processors) =>
      `När dina uppgifter raderades behöll ${m} en del av dem av rättsliga skäl och meddelade att de skulle raderas automatiskt efter ${until}. Butiken har nu beslutat att behålla uppgifterna längre. De finns hos: ${processors}.`,
  },
  lift: {
    subject: (m, ref) => `${m} häver begränsningen av dina uppgifter [${ref}]`,
    body: (m, date, lifted, a) =>
      `På din begäran begränsade ${m} behandlingen av dina uppgifter den ${date}. Butiken häver begränsningen den ${lifted}; det här meddelandet skickas till dig innan den hävs (${a}). Därefter kan dina uppgifter åter användas för de ändamål för vilka de samlades in.`,
    where: (processors) => `Begränsningen hävs hos: ${processors}.`,
    object: (a) =>
      `Om butiken behandlar dina uppgifter på grundval av sina berättigade intressen kan du när som helst, av skäl som hänför sig till din specifika situation, invända mot behandlingen (${a}).`,
  },
  liftPage: {
    title: (ref) => `Häv begränsningen ${ref}`,
    heading: 'Häva begränsningen?',
    body: (processors, date) =>
      `Behandlingen av kundens uppgifter begränsades den ${date} hos: ${processors}. När begränsningen hävs får kunden först veta det, med ditt skäl (artikel 18.3 i dataskyddsförordningen); därefter tas markeringen bort i butikens egna register och de andra biträdena ombeds per e-post att häva begränsningen.`,
    reason:
      'Skäl, skickas till kunden (till exempel: uppgifternas riktighet har kontrollerats)',
    submit: 'Meddela kunden och häv begränsningen',
    reasonRequired: 'Ange varför begränsningen hävs.',
    reasonTooLong: 'Skälet får vara högst 1000 tecken.',
    doneTitle: 'Begränsningen har hävts',
    doneBody:
      'Kunden har fått veta det, markeringen har tagits bort i butikens egna register och de andra biträdena har ombetts per e-post att häva begränsningen.',
    copyIntro:
      'När begränsningen ska upphöra (till exempel när uppgifternas riktighet har kontrollerats) häver du den här; kunden får veta det först (artikel 18.3 i dataskyddsförordningen):',
    copyLink: 'Häv begränsningen',
  },
  liftProcessor: {
    subject: (merchant, ref) =>
      `Begränsning hävd: begäran från en registrerad (${merchant}), ref. ${ref}`,
    body: (merchant, processor, date) =>
      `Den ${date} bad vi ${processor} att begränsa behandlingen av den här personens personuppgifter (artikel 18 i dataskyddsförordningen). ${merchant} har nu hävt begränsningen: ni får åter behandla uppgifterna enligt vårt personuppgiftsbiträdesavtal. Ingen bekräftelse behövs.`,
  },
  noData: {
    subject: (m, ref) => `${m} har inga personuppgifter om dig [${ref}]`,
    body: (m, right) =>
      `${m} har besvarat din begäran (${right}): varken butiken eller någon av de organisationer som behandlar kunduppgifter för dess räkning har personuppgifter om dig under den här e-postadressen.`,
    otherAddress:
      'Om du har använt en annan e-postadress i butiken kan du skicka en ny begäran med den adressen.',
  },
  erasureNothingHeld: (m) =>
    `Varken ${m} eller någon av de organisationer som behandlar kunduppgifter för dess räkning hade personuppgifter om dig under den här e-postadressen, så det fanns inget att radera.`,
  reviewed:
    'Innan paketet lämnades ut granskade butiken det, så att uppgifter om andra personer utelämnas när ett utlämnande till dig skulle inkräkta på deras rättigheter (artikel 15.4 i dataskyddsförordningen).',
};

const de: NoticeMessages = {
  deadline: {
    month:
      'Die Frist beträgt einen Monat ab dem Tag, an dem Ihre Anfrage beim Shop eingegangen ist (nicht ab Ihrer Bestätigung); endet der Monat an einem Wochenende oder Feiertag, endet die Frist am nächsten Werktag.',
    monthUk:
      'Die Frist beträgt einen Monat ab dem Tag, an dem Ihre Anfrage beim Shop eingegangen ist (nicht ab Ihrer Bestätigung).',
    days: (n) =>
      `Die Frist beträgt ${n} Tage ab dem Tag, an dem Ihre Anfrage beim Shop eingegangen ist (nicht ab Ihrer Bestätigung).`,
    extension: (date) =>
      `Ist Ihre Anfrage komplex, kann der Shop die Frist um höchstens zwei weitere Monate verlängern; die Gründe muss er Ihnen aber bis zum ${date} mitteilen.`,
  },
  acknowledgement: {
    subject: (m, ref) => `${m} hat Ihre Datenschutzanfrage erhalten [${ref}]`,
    received: (m, right, date) =>
      `${m} hat Ihre Anfrage am ${date} erhalten: ${right}.`,
    due: (date) => `Der Shop muss spätestens am ${date} antworten.`,
    next: 'Wie es weitergeht: Der Shop entscheidet über Ihre Anfrage und beauftragt die Stellen, die Ihre Daten für ihn verarbeiten. Sie erhalten die Antwort per E-Mail; über den Link unten sehen Sie, wie weit Ihre Anfrage ist.',
    nothingToDo: 'Sie müssen jetzt nichts tun.',
  },
  failure: {
    subject: (m, ref) =>
      `Ihre Datenschutzanfrage an ${m} verzögert sich [${ref}]`,
    body: (right) =>
      `Ein technisches Problem hat die Bearbeitung Ihrer Anfrage (${right}) vorerst angehalten. Der Shop wurde informiert und muss Ihre Anfrage dennoch abschließen.`,
    due: (date) =>
      `Die Frist gilt weiterhin: Der Shop muss spätestens am ${date} antworten.`,
    nothingToDo: 'Sie müssen nichts tun; der Shop meldet sich bei Ihnen.',
  },
  deferralCancelled: {
    subject: (m, ref) =>
      `${m} bewahrt die zurückbehaltenen Daten weiter auf [${ref}]`,
    body: (m, until, processors) =>
      `Als Ihre Daten gelöscht wurden, hat ${m} einen Teil davon aus rechtlichen Gründen aufbewahrt und Ihnen mitgeteilt, dass er nach dem ${until} automatisch gelöscht wird. Der Shop hat nun entschieden, diese Daten länger aufzubewahren. Sie liegen bei: ${processors}.`,
  },
  lift: {
    subject: (m, ref) => `${m} hebt die Einschränkung Ihrer Daten auf [${ref}]`,
    body: (m, date, lifted, a) =>
      `Auf Ihre Anfrage hat ${m} am ${date} die Verarbeitung Ihrer Daten eingeschränkt. Der Shop hebt die Einschränkung am ${lifted} auf; diese Nachricht erhalten Sie, bevor sie aufgehoben wird (${a}). Danach können Ihre Daten wieder für die Zwecke verwendet werden, für die sie erhoben wurden.`,
    where: (processors) =>
      `Die Einschränkung wird aufgehoben bei: ${processors}.`,
    object: (a) =>
      `Soweit der Shop Ihre Daten auf Grundlage seiner berechtigten Interessen verarbeitet, können Sie dieser Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen (${a}).`,
  },
  liftPage: {
    title: (ref) => `Einschränkung aufheben ${ref}`,
    heading: 'Einschränkung aufheben?',
    body: (processors, date) =>
      `Die Verarbeitung der Daten der Kundin oder des Kunden wurde am ${date} eingeschränkt bei: ${processors}. Beim Aufheben wird die Person zuerst mit Ihrer Begründung informiert (Art. 18 Abs. 3 DSGVO); danach wird die Markierung in den eigenen Daten des Shops entfernt, und die anderen Auftragsverarbeiter werden per E-Mail gebeten, die Einschränkung aufzuheben.`,
    reason:
      'Begründung, wird der Kundin oder dem Kunden gesendet (zum Beispiel: Die Richtigkeit der Daten wurde überprüft)',
    submit: 'Person informieren und Einschränkung aufheben',
    reasonRequired: 'Geben Sie an, warum die Einschränkung aufgehoben wird.',
    reasonTooLong: 'Die Begründung darf höchstens 1000 Zeichen lang sein.',
    doneTitle: 'Einschränkung aufgehoben',
    doneBody:
      'Die Person wurde informiert, die eigenen Daten des Shops sind nicht mehr als eingeschränkt markiert, und die anderen Auftragsverarbeiter wurden per E-Mail gebeten, die Einschränkung aufzuheben.',
    copyIntro:
      'Soll die Einschränkung enden (zum Beispiel, wenn die Richtigkeit der Daten überprüft ist), heben Sie sie hier auf; die Person wird vorher informiert (Art. 18 Abs. 3 DSGVO):',
    copyLink: 'Einschränkung aufheben',
  },
  liftProcessor: {
    subject: (merchant, ref) =>
      `Einschränkung aufgehoben: Anfrage einer betroffenen Person (${merchant}), Referenz ${ref}`,
    body: (merchant, processor, date) =>
      `Am ${date} haben wir ${processor} gebeten, die Verarbeitung der personenbezogenen Daten dieser Person einzuschränken (Art. 18 DSGVO). ${merchant} hat die Einschränkung nun aufgehoben: Sie dürfen die Daten wieder gemäß unserem Auftragsverarbeitungsvertrag verarbeiten. Eine Bestätigung ist nicht erforderlich.`,
  },
  noData: {
    subject: (m, ref) =>
      `${m} speichert keine personenbezogenen Daten über Sie [${ref}]`,
    body: (m, right) =>
      `${m} hat Ihre Anfrage beantwortet (${right}): Weder der Shop noch eine der Stellen, die Kundendaten für ihn verarbeiten, speichert unter dieser E-Mail-Adresse personenbezogene Daten über Sie.`,
    otherAddress:
      'Wenn Sie beim Shop eine andere E-Mail-Adresse verwendet haben, können Sie mit dieser Adresse eine neue Anfrage stellen.',
  },
  erasureNothingHeld: (m) =>
    `Weder ${m} noch eine der Stellen, die Kundendaten für den Shop verarbeiten, hatte unter dieser E-Mail-Adresse personenbezogene Daten über Sie gespeichert; es gab daher nichts zu löschen.`,
  reviewed:
    'Bevor der Shop dieses Paket freigegeben hat, hat er es geprüft, damit Daten über andere Personen weggelassen werden, wenn ihre Herausgabe an Sie deren Rechte beeinträchtigen würde (Art. 15 Abs. 4 DSGVO).',
};

const fr: NoticeMessages = {
  deadline: {
    month: `Ce délai est d’un mois à compter du jour où la boutique a reçu votre demande (et non de votre confirmation)${NBSP}; s’il expire un samedi, un dimanche ou un jour férié, il est reporté au jour ouvrable suivant.`,
    monthUk:
      'Ce délai est d’un mois à compter du jour où la boutique a reçu votre demande (et non de votre confirmation).',
    days: (n) =>
      `Ce délai est de ${n} jours à compter du jour où la boutique a reçu votre demande (et non de votre confirmation).`,
    extension: (date) =>
      `Si votre demande est complexe, la boutique peut prolonger ce délai de deux mois au plus, mais elle doit vous en indiquer les raisons au plus tard le ${date}.`,
  },
  acknowledgement: {
    subject: (m, ref) =>
      `${m} a bien reçu votre demande relative à vos données [${ref}]`,
    received: (m, right, date) =>
      `${m} a reçu votre demande le ${date}${NBSP}: ${right}.`,
    due: (date) => `La boutique doit vous répondre au plus tard le ${date}.`,
    next: `La suite${NBSP}: la boutique se prononce sur votre demande et charge les organismes qui traitent vos données pour son compte de l’exécuter. Vous recevrez la réponse par e-mail${NBSP}; le lien ci-dessous vous indique où en est votre demande.`,
    nothingToDo: 'Vous n’avez rien à faire pour le moment.',
  },
  failure: {
    subject: (m, ref) => `Votre demande à ${m} est retardée [${ref}]`,
    body: (right) =>
      `Un problème technique a interrompu pour l’instant le traitement de votre demande (${right}). La boutique en a été informée et doit néanmoins la mener à terme.`,
    due: (date) =>
      `Le délai reste inchangé${NBSP}: la boutique doit vous répondre au plus tard le ${date}.`,
    nothingToDo: `Vous n’avez rien à faire${NBSP}; la boutique reviendra vers vous.`,
  },
  deferralCancelled: {
    subject: (m, ref) =>
      `${m} conserve plus longtemps une partie de vos données [${ref}]`,
    body: (m, until, processors) =>
      `Lors de l’effacement de vos données, ${m} en a conservé une partie pour une raison légale et vous a indiqué qu’elle serait effacée automatiquement après le ${until}. La boutique a maintenant décidé de conserver ces données plus longtemps. Elles sont détenues par${NBSP}: ${processors}.`,
  },
  lift: {
    subject: (m, ref) =>
      `${m} lève la limitation du traitement de vos données [${ref}]`,
    body: (m, date, lifted, a) =>
      `À votre demande, ${m} a limité le traitement de vos données le ${date}. La boutique lève cette limitation le ${lifted}${NBSP}; ce message vous est envoyé avant qu’elle ne soit levée (${a}). Vos données pourront ensuite de nouveau être utilisées pour les finalités pour lesquelles elles ont été collectées.`,
    where: (processors) =>
      `La limitation est levée chez${NBSP}: ${processors}.`,
    object: (a) =>
      `Lorsque la boutique traite vos données sur la base de ses intérêts légitimes, vous pouvez à tout moment vous opposer à ce traitement pour des raisons tenant à votre situation particulière (${a}).`,
  },
  liftPage: {
    title: (ref) => `Lever la limitation ${ref}`,
    heading: `Lever la limitation du traitement${NBSP}?`,
    body: (processors, date) =>
      `Le traitement des données du client a été limité le ${date} chez${NBSP}: ${processors}. Pour lever la limitation, le client est d’abord informé, avec votre motif (article 18, paragraphe 3, du RGPD)${NBSP}; ensuite, le marquage est retiré des fichiers de la boutique et les autres sous-traitants sont invités par e-mail à lever la limitation.`,
    reason: `Motif, envoyé au client (par exemple${NBSP}: l’exactitude des données a été vérifiée)`,
    submit: 'Informer le client et lever la limitation',
    reasonRequired: 'Indiquez le motif de la levée de la limitation.',
    reasonTooLong: 'Le motif ne doit pas dépasser 1000 caractères.',
    doneTitle: 'Limitation levée',
    doneBody:
      'Le client a été informé, le marquage a été retiré des fichiers de la boutique et les autres sous-traitants ont été invités par e-mail à lever la limitation.',
    copyIntro: `Lorsque la limitation doit prendre fin (par exemple une fois l’exactitude des données vérifiée), levez-la ici${NBSP}; le client en est informé au préalable (article 18, paragraphe 3, du RGPD)${NBSP}:`,
    copyLink: 'Lever la limitation',
  },
  liftProcessor: {
    subject: (merchant, ref) =>
      `Limitation levée${NBSP}: demande d’une personne concernée (${merchant}), réf. ${ref}`,
    body: (merchant, processor, date) =>
      `Le ${date}, nous avons demandé à ${processor} de limiter le traitement des données personnelles de cette personne (article 18 du RGPD). ${merchant} a maintenant levé cette limitation${NBSP}: vous pouvez de nouveau traiter ces données conformément à notre contrat de sous-traitance. Aucune confirmation n’est nécessaire.`,
  },
  noData: {
    subject: (m, ref) =>
      `${m} ne détient aucune donnée personnelle vous concernant [${ref}]`,
    body: (m, right) =>
      `${m} a répondu à votre demande (${right})${NBSP}: ni la boutique ni aucun des organismes qui traitent des données clients pour son compte ne détient de données personnelles vous concernant sous cette adresse e-mail.`,
    otherAddress:
      'Si vous avez utilisé une autre adresse e-mail auprès de la boutique, vous pouvez envoyer une nouvelle demande avec cette adresse.',
  },
  erasureNothingHeld: (m) =>
    `Ni ${m} ni aucun des organismes qui traitent des données clients pour son compte ne détenait de données personnelles vous concernant sous cette adresse e-mail${NBSP}: il n’y avait donc rien à effacer.`,
  reviewed:
    'Avant de vous communiquer ce paquet, la boutique l’a examiné afin d’en retirer les données concernant d’autres personnes lorsque leur communication porterait atteinte à leurs droits (article 15, paragraphe 4, du RGPD).',
};

export const NOTICE_MESSAGES: Record<Locale, NoticeMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
