/** The de texts of left-out.ts (loaded when a text in this language is first read: lazy.ts). */
import type { LeftOutMessages } from '../left-out.ts';

export const de: LeftOutMessages = {
  review: {
    approveExplain:
      'Die Kundin oder der Kunde erhält jetzt einen Download-Link per E-Mail, ohne die unten angekreuzten Teile.',
    partsLegend: 'Teile weglassen (optional, mit „Freigeben“)',
    partsHint:
      'Kreuzen Sie einen Teil nur an, wenn seine Herausgabe die Rechte anderer Personen beeinträchtigen würde, etwa eine andere Kundin oder ein anderer Kunde, die in einer Bewertung genannt werden (Art. 15 Abs. 4 DSGVO). Das Paket wird ohne die angekreuzten Teile neu erstellt, und die Kundin oder der Kunde erfährt, was weggelassen wurde und warum.',
    records: (p, c, n) =>
      `${p}: ${c}, ${n === 1 ? '1 Datensatz' : `${n} Datensätze`}`,
    file: (p, name) => `${p}: Datei „${name}“`,
    reason: 'Begründung, wird der Kundin oder dem Kunden angezeigt',
    reasonHint:
      'Erforderlich, um das Paket zurückzuhalten oder Teile wegzulassen: Geben Sie den Grund an.',
    errors: {
      partsWithWithhold:
        'Sie haben Teile zum Weglassen angekreuzt und „Zurückhalten“ gewählt. Zurückhalten betrifft das ganze Paket: Entfernen Sie die Kreuze, oder wählen Sie „Freigeben“, um den Rest zu senden.',
      reasonToLeaveOut:
        'Geben Sie an, warum die angekreuzten Teile weggelassen werden: Die Kundin oder der Kunde erfährt es.',
      partsInvalid:
        'Ein angekreuzter Teil ist nicht in diesem Paket. Öffnen Sie den Link erneut und wählen Sie noch einmal.',
      reasonWithApprove:
        'Sie haben die Freigabe des ganzen Pakets gewählt, aber auch eine Begründung eingegeben. Eine Begründung wird nur angezeigt, wenn Sie das Paket zurückhalten oder Teile weglassen: Leeren Sie das Feld, kreuzen Sie die betroffenen Teile an, oder wählen Sie „Zurückhalten“.',
    },
    releasedPartly: 'Ohne die weggelassenen Teile freigegeben',
    releasedPartlyBody:
      'Das Paket wird ohne sie neu erstellt, und die Kundin oder der Kunde erhält den Download-Link mit der Angabe, was weggelassen wurde, und Ihrer Begründung.',
  },
  heading: 'In Ihrer Kopie weggelassen',
  intro:
    'Zum Schutz der Rechte und Freiheiten anderer Personen (Art. 15 Abs. 4 DSGVO) hat der Shop diese Teile in Ihrer Kopie weggelassen:',
  records: (p, c, n) =>
    `${p}: ${c} (${n === 1 ? '1 Datensatz' : `${n} Datensätze`})`,
  files: (p, n) => `${p}: ${n === 1 ? '1 Datei' : `${n} Dateien`}`,
  reason: 'Begründung des Shops:',
};
