/** The fi texts of inbound.ts (loaded when a text in this language is first read: lazy.ts). */
import type { InboundDoor, InboundMessages } from '../inbound.ts';

const door: Record<InboundDoor, string> = {
  email: 'sähköpostitse',
  shopify: 'Shopifyn hallinnasta',
};

export const fi: InboundMessages = {
  subject: (d, r, p) =>
    p
      ? `Tietosuojapyyntö ${door[d]}: vahvista pyynnön laji (${r})`
      : `Uusi tietosuojapyyntö ${door[d]} (${r})`,
  arrived: (d, r) => `Sait tietosuojapyynnön ${door[d]}: ${r}.`,
  from: 'Lähettäjä',
  asks: 'Pyyntö',
  due: (date) =>
    `Määräaika lasketaan saapumispäivästä: vastaa viimeistään ${date}.`,
  typed: (p) => `tunnistettu viestin sanoista (${p} % varmuudella)`,
  linkSent:
    'Lähettäjälle on lähetetty linkki osoitteensa vahvistamiseen; pyyntö etenee kuin lomakkeelta tullut.',
  attested:
    'Pyyntö tehtiin kaupan puolesta Shopifyn hallinnassa, joten vahvistuslinkkiä ei lähetetä; pyyntö odottaa päätöstäsi.',
  pending: (g) =>
    g
      ? `Emme voineet varmasti päätellä, mitä oikeutta pyyntö koskee (paras arvauksemme: ${g}).`
      : 'Emme voineet päätellä, mitä oikeutta pyyntö koskee.',
  spam: 'SES merkitsi viestin roskapostiksi.',
  spoofed:
    'Lähettäjää ei voitu todentaa (sekä SPF että DKIM epäonnistuivat): osoite voi olla väärennetty.',
  nothingSent:
    'Pyyntö odottaa sinua: avaa se hallintapaneelissa ja vahvista sen laji. Siihen asti lähettäjälle ei lähetetä mitään.',
  open: 'Avaa pyyntö',
  attachments: (n) =>
    `${n} ${n === 1 ? 'liite' : 'liitettä'}, tallennettu avaamattomana pyynnön yhteyteen.`,
  bounceSubject: (r) => `Pyyntöä ${r} koskevaa viestiämme ei voitu toimittaa`,
  bounce: (w, r) =>
    `Pyynnön ${r} ${w} ei mennyt perille asiakkaan antamaan osoitteeseen.`,
  bounceWhat: {
    verification: 'vahvistuslinkki',
    result: 'vastaus',
    other: 'viesti',
  },
  bounceAdvice:
    'Asiakas on ehkä kirjoittanut osoitteensa väärin. Pyyntö on merkitty hallintapaneelissa; tavoita asiakas muuta kautta, jos voit.',
  complaint: (r) =>
    `Pyyntöä ${r} koskevan viestimme vastaanottaja merkitsi sen roskapostiksi. Osoitteeseen ei enää lähetetä viestejä.`,
};
