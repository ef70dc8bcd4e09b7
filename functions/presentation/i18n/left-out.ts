/**
 * Words of the release review's partial release (Art. 15(4)), in every supported locale: the
 * parts the merchant may leave out of an access package, the problems of the form, and what the
 * shopper is told of the parts left out (the result email and report.html). The merchant is
 * addressed formally; the shopper as the other shopper texts do.
 */
import type { Locale } from '#domain/schemas.ts';

type S = string;

export interface LeftOutMessages {
  /** The merchant's review page. */
  review: {
    approveExplain: S;
    partsLegend: S;
    partsHint: S;
    records: (processor: S, category: S, n: number) => S;
    file: (processor: S, name: S) => S;
    reason: S;
    reasonHint: S;
    errors: {
      partsWithWithhold: S;
      reasonToLeaveOut: S;
      partsInvalid: S;
      reasonWithApprove: S;
    };
    releasedPartly: S;
    releasedPartlyBody: S;
  };
  /** What the shopper is told. */
  heading: S;
  intro: S;
  records: (processor: S, category: S, n: number) => S;
  files: (processor: S, n: number) => S;
  reason: S;
}

const en: LeftOutMessages = {
  review: {
    approveExplain:
      'The shopper gets a download link by email now, without any parts you tick below.',
    partsLegend: 'Leave out parts (optional, with Release)',
    partsHint:
      'Tick a part only if giving it would adversely affect other people, for example another customer named in a review (Art. 15(4)). The package is rebuilt without the ticked parts, and the shopper is told what was left out and your reason.',
    records: (p, c, n) =>
      `${p}: ${c}, ${n === 1 ? '1 record' : `${n} records`}`,
    file: (p, name) => `${p}: file “${name}”`,
    reason: 'Reason, shown to the shopper',
    reasonHint:
      'Required to withhold the package, and to leave out parts: say why.',
    errors: {
      partsWithWithhold:
        'You ticked parts to leave out and chose Withhold. Withholding keeps back the whole package: untick the parts, or choose Release to send the rest.',
      reasonToLeaveOut:
        'Say why the ticked parts are left out: the shopper is told.',
      partsInvalid:
        'A ticked part is not in this package. Open the link again and choose again.',
      reasonWithApprove:
        'You chose to release the whole package but also wrote a reason. A reason is shown to the shopper only when you withhold the package or leave out parts: clear it, tick the parts it is about, or choose Withhold.',
    },
    releasedPartly: 'Released without the parts you left out',
    releasedPartlyBody:
      'The package is rebuilt without them, and the shopper is sent the download link with what was left out and your reason.',
  },
  heading: 'Left out of your copy',
  intro:
    'To protect the rights and freedoms of other people (GDPR Art. 15(4)), the shop left these parts out of your copy:',
  records: (p, c, n) => `${p}: ${c} (${n === 1 ? '1 record' : `${n} records`})`,
  files: (p, n) => `${p}: ${n === 1 ? '1 file' : `${n} files`}`,
  reason: 'The shop’s reason:',
};

const fi: LeftOutMessages = {
  review: {
    approveExplain:
      'Asiakas saa latauslinkin sähköpostitse nyt, ilman alla rastitettuja osia.',
    partsLegend: 'Jätä osia pois (vapaaehtoinen, luovutettaessa)',
    partsHint:
      'Rastita osa vain, jos sen luovuttaminen vaikuttaisi haitallisesti muiden oikeuksiin, esimerkiksi arvostelussa mainitun toisen asiakkaan (15 artiklan 4 kohta). Paketti kootaan uudelleen ilman rastitettuja osia, ja asiakkaalle kerrotaan, mitä jätettiin pois ja miksi.',
    records: (p, c, n) =>
      `${p}: ${c}, ${n === 1 ? '1 merkintä' : `${n} merkintää`}`,
    file: (p, name) => `${p}: tiedosto ”${name}”`,
    reason: 'Syy, näytetään asiakkaalle',
    reasonHint:
      'Pakollinen, kun paketti pidätetään tai osia jätetään pois: kerro syy.',
    errors: {
      partsWithWithhold:
        'Osia on rastitettu pois jätettäviksi, mutta valinta on Pidätä. Pidättäminen pitää koko paketin: poista rastit tai valitse Luovuta, jolloin muu osa lähetetään.',
      reasonToLeaveOut:
        'Kerro, miksi rastitetut osat jätetään pois: syy kerrotaan asiakkaalle.',
      partsInvalid:
        'Jokin rastitetuista osista ei ole tässä paketissa. Avaa linkki uudelleen ja valitse uudelleen.',
      reasonWithApprove:
        'Valinta on koko paketin luovutus, mutta syykenttään on kirjoitettu tekstiä. Syy näytetään asiakkaalle vain, kun paketti pidätetään tai osia jätetään pois: tyhjennä kenttä, rastita osat, joita syy koskee, tai valitse Pidätä.',
    },
    releasedPartly: 'Luovutettu ilman pois jätettyjä osia',
    releasedPartlyBody:
      'Paketti kootaan uudelleen ilman niitä, ja asiakkaalle lähetetään latauslinkki sekä tieto siitä, mitä jätettiin pois ja miksi.',
  },
  heading: 'Kopiostasi pois jätetyt osat',
  intro:
    'Muiden ihmisten oikeuksien ja vapauksien suojaamiseksi (tietosuoja-asetuksen 15 artiklan 4 kohta) kauppa jätti nämä osat pois kopiostasi:',
  records: (p, c, n) =>
    `${p}: ${c} (${n === 1 ? '1 merkintä' : `${n} merkintää`})`,
  files: (p, n) => `${p}: ${n === 1 ? '1 tiedosto' : `${n} tiedostoa`}`,
  reason: 'Kaupan perustelu:',
};

const sv: LeftOutMessages = {
  review: {
    approveExplain:
      'Kunden får en nedladdningslänk per e-post nu, utan de delar du kryssar för nedan.',
    partsLegend: 'Utelämna delar (frivilligt, med Lämna ut)',
    partsHint:
      'Kryssa bara för en del om det skulle påverka andra personer negativt att lämna ut den, till exempel en annan kund som nämns i en recension (artikel 15.4). Paketet sammanställs på nytt utan de förkryssade delarna, och kunden får veta vad som utelämnats och ditt skäl.',
    records: (p, c, n) => `${p}: ${c}, ${n === 1 ? '1 post' : `${n} poster`}`,
    file: (p, name) => `${p}: filen ”${name}”`,
    reason: 'Skäl, visas för kunden',
    reasonHint:
      'Krävs för att hålla inne paketet och för att utelämna delar: förklara varför.',
    errors: {
      partsWithWithhold:
        'Du kryssade för delar att utelämna och valde Håll inne. Att hålla inne gäller hela paketet: ta bort kryssen, eller välj Lämna ut för att skicka resten.',
      reasonToLeaveOut:
        'Förklara varför de förkryssade delarna utelämnas: kunden får veta det.',
      partsInvalid:
        'En förkryssad del finns inte i det här paketet. Öppna länken igen och välj på nytt.',
      reasonWithApprove:
        'Du valde att lämna ut hela paketet men skrev också ett skäl. Ett skäl visas för kunden bara när du håller inne paketet eller utelämnar delar: töm fältet, kryssa för de delar skälet gäller, eller välj Håll inne.',
    },
    releasedPartly: 'Utlämnat utan de delar du utelämnade',
    releasedPartlyBody:
      'Paketet sammanställs på nytt utan dem, och kunden får nedladdningslänken tillsammans med vad som utelämnats och ditt skäl.',
  },
  heading: 'Utelämnat ur din kopia',
  intro:
    'För att skydda andra personers rättigheter och friheter (artikel 15.4 i dataskyddsförordningen) har butiken utelämnat dessa delar ur din kopia:',
  records: (p, c, n) => `${p}: ${c} (${n === 1 ? '1 post' : `${n} poster`})`,
  files: (p, n) => `${p}: ${n === 1 ? '1 fil' : `${n} filer`}`,
  reason: 'Butikens skäl:',
};

const de: LeftOutMessages = {
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

const fr: LeftOutMessages = {
  review: {
    approveExplain:
      'Le client reçoit maintenant un lien de téléchargement par e-mail, sans les parties que vous cochez ci-dessous.',
    partsLegend:
      'Omettre des parties (facultatif, avec «\u00a0Communiquer\u00a0»)',
    partsHint:
      'Ne cochez une partie que si sa communication porterait atteinte aux droits d’autres personnes, par exemple un autre client nommé dans un avis (article 15, paragraphe 4, du RGPD). Le paquet est reconstitué sans les parties cochées, et le client est informé de ce qui a été omis et de votre motif.',
    records: (p, c, n) =>
      `${p}\u00a0: ${c}, ${n === 1 ? '1 enregistrement' : `${n} enregistrements`}`,
    file: (p, name) => `${p}\u00a0: fichier «\u00a0${name}\u00a0»`,
    reason: 'Motif, communiqué au client',
    reasonHint:
      'Obligatoire pour retenir le paquet et pour omettre des parties\u00a0: indiquez pourquoi.',
    errors: {
      partsWithWithhold:
        'Vous avez coché des parties à omettre et choisi «\u00a0Retenir\u00a0». Retenir vaut pour tout le paquet\u00a0: décochez les parties, ou choisissez «\u00a0Communiquer\u00a0» pour envoyer le reste.',
      reasonToLeaveOut:
        'Indiquez pourquoi les parties cochées sont omises\u00a0: le client en est informé.',
      partsInvalid:
        'Une partie cochée ne figure pas dans ce paquet. Ouvrez à nouveau le lien et choisissez de nouveau.',
      reasonWithApprove:
        'Vous avez choisi de communiquer tout le paquet, mais vous avez aussi saisi un motif. Un motif n’est communiqué au client que si vous retenez le paquet ou omettez des parties\u00a0: videz le champ, cochez les parties concernées, ou choisissez «\u00a0Retenir\u00a0».',
    },
    releasedPartly: 'Communiqué sans les parties omises',
    releasedPartlyBody:
      'Le paquet est reconstitué sans elles, et le client reçoit le lien de téléchargement avec ce qui a été omis et votre motif.',
  },
  heading: 'Omis de votre copie',
  intro:
    'Pour protéger les droits et libertés d’autres personnes (article 15, paragraphe 4, du RGPD), la boutique a omis ces parties de votre copie\u00a0:',
  records: (p, c, n) =>
    `${p}\u00a0: ${c} (${n === 1 ? '1 enregistrement' : `${n} enregistrements`})`,
  files: (p, n) => `${p}\u00a0: ${n === 1 ? '1 fichier' : `${n} fichiers`}`,
  reason: 'Motif de la boutique\u00a0:',
};

export const LEFT_OUT_MESSAGES: Record<Locale, LeftOutMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
