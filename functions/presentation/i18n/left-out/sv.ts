/** The sv texts of left-out.ts (loaded when a text in this language is first read: lazy.ts). */
import type { LeftOutMessages } from '../left-out.ts';

export const sv: LeftOutMessages = {
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
