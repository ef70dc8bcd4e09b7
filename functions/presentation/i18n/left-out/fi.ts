/** The fi texts of left-out.ts (loaded when a text in this language is first read: lazy.ts). */
import type { LeftOutMessages } from '../left-out.ts';

export const fi: LeftOutMessages = {
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
