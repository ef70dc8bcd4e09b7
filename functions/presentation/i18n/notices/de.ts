/** The de texts of notices.ts (loaded when a text in this language is first read: lazy.ts). */
import type { NoticeMessages } from '../notices.ts';

export const de: NoticeMessages = {
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
    channel: {
      email: 'Sie ging per E-Mail ein.',
      post: 'Sie ging per Post ein.',
      phone: 'Sie wurde telefonisch gestellt.',
      'in-person': 'Sie wurde persönlich gestellt.',
      other: 'Sie ging direkt beim Shop ein.',
    },
    identity:
      'Der Shop hat geprüft, dass die Anfrage von Ihnen stammt; Sie müssen nichts bestätigen.',
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
