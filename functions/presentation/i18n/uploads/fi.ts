/** The fi texts of uploads.ts (loaded when a text in this language is first read: lazy.ts). */
import type { UploadMessages } from '../uploads.ts';
import { sizeIn } from './size.ts';

export const fi: UploadMessages = {
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
