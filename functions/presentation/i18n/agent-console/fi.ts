/** The fi texts of agent-console.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AgentConsoleMessages } from '../agent-console.ts';

export const fi: AgentConsoleMessages = {
  section: {
    heading: 'Tehty henkilön puolesta',
    intro:
      'Toinen henkilö teki tämän pyynnön henkilön puolesta. Henkilö vahvistaa pyynnön omalla linkillään, tai hyväksyt asiamiehen valtuutuksen tarkistettuasi sen. Vastaus menee aina henkilön omaan osoitteeseen, ei koskaan asiamiehelle.',
    agent: 'Asiamies',
    relation: 'Suhde henkilöön asiamiehen mukaan',
    files: 'Valtuutus',
    noFiles:
      'Valtuutusta ei ole vielä ladattu. Asiamiehelle on lähetetty linkki sen lataamiseen.',
    download: (name) => `Lataa ${name}`,
    notAccepted: 'ei PDF eikä kuva',
    addFile: 'Lisää postitse tai sähköpostitse saatu valtuutus',
    accepted: (who, date, n) =>
      `Valtuutuksen hyväksyi ${who} ${date} (${n} ${n === 1 ? 'tiedosto' : 'tiedostoa'}).`,
  },
  accept: {
    heading: 'Hyväksy asiamiehen valtuutus',
    hint: 'Jos valtuutuksessa mainitaan tämä henkilö ja se oikeuttaa asiamiehen tekemään tämän pyynnön, hyväksy se: pyyntö etenee ilman henkilön omaa vahvistusta.',
    check:
      'Olen avannut valtuutuksen: siinä mainitaan tämä henkilö ja se oikeuttaa asiamiehen tekemään tämän pyynnön',
    submit: 'Hyväksy valtuutus',
    errors: {
      checked: 'Vahvista rastilla, että tarkistit valtuutuksen.',
      none: 'Hyväksyttävää valtuutusta ei ole: mitään ei ole ladattu.',
      notAccepted:
        'Yksi tiedostoista ei ole PDF eikä kuva, joten se ei voi olla valtuutus.',
    },
  },
  decline: {
    heading: 'Sulje: valtuutusta ei osoitettu',
    hint: 'Sulkee pyynnön käsittelemättä sitä ja lähettää perustelusi asiamiehelle. Henkilö voi edelleen tehdä pyynnön itse.',
    reason: 'Perustelu (lähetetään asiamiehelle)',
    reasonHint: 'Esimerkiksi: henkilö ei ole allekirjoittanut kirjettä.',
    submit: 'Sulje pyyntö',
    errors: {
      required: 'Kerro, miksi valtuutusta ei ole osoitettu.',
      tooLong: 'Perustelu voi olla enintään 1000 merkkiä.',
    },
  },
  upload: {
    title: (ref) => `Valtuutus: ${ref}`,
    heading: 'Lisää valtuutus',
    intro:
      'Lataa kauppaan postitse tai sähköpostitse tullut valtuutus (kirjeen skannaus tai valokuva tai PDF-tiedosto). Se säilytetään pyynnön yhteydessä asiamiehen omien tiedostojen rinnalla.',
    back: 'Takaisin pyyntöön',
    closed: 'Pyyntö ei enää odota valtuutusta; mitään ei voi enää lisätä.',
  },
  entry: {
    legend: 'Tehtiinkö pyyntö toisen puolesta?',
    onBehalf: 'Pyynnön teki joku henkilön puolesta',
    hint: 'Yllä oleva sähköpostiosoite on silloin henkilön oma: linkki ja vastaus menevät sinne. Asiamies saa kuittauksen ja linkin valtuutuksen lataamiseen.',
    name: 'Asiamiehen nimi',
    email: 'Asiamiehen sähköpostiosoite',
    relation: 'Kuka asiamies on henkilölle',
  },
  identityAccepted: (who, date) =>
    `Asiamiehen valtuutuksen hyväksyi ${who} ${date}`,
  inbox: {
    heading: 'Asiamiesten pyynnöt',
    intro:
      'Toisten puolesta tehdyt pyynnöt palveluittain tai asiamiehittäin. Avaa ryhmä, niin voit käsitellä sen pyynnöt yhdessä.',
    group: (who, waiting, total) =>
      `${who}: ${total} ${total === 1 ? 'pyyntö' : 'pyyntöä'}, joista ${waiting} odottaa vahvistusta`,
    show: 'Näytä nämä pyynnöt',
    filtered: (who) => `Näytetään pyynnöt: ${who}.`,
    all: 'Näytä kaikki pyynnöt',
    batchLegend: 'Käsittele tämän asiamiehen valitut pyynnöt',
    batchHint:
      'Valitse ensin pyynnöt: mitään ei ole valittu valmiiksi. Kukin pyyntö käsitellään erikseen, ja tulos näytetään jokaisesta.',
    actions: {
      remind: 'Lähetä jokaiselle henkilölle vahvistuslinkki uudelleen',
      accept:
        'Hyväksy asiamiehen valtuutus jokaiseen (tarkistin jokaisen valtuutuksen)',
      decline:
        'Sulje jokainen: valtuutusta ei osoitettu (perustelu lähetetään asiamiehelle)',
    },
    reason: 'Perustelu, jos suljet pyynnöt (lähetetään asiamiehelle)',
    confirm: 'Vahvistan: tee tämä jokaiselle valitsemalleni pyynnölle',
    submit: 'Käsittele valitut pyynnöt',
    problem:
      'Mitään ei tehty: valitse toiminto ja vähintään yksi pyyntö, vahvista ja anna perustelu, jos suljet.',
    resultHeading: (action) => `Tulos: ${action}`,
    outcomes: {
      done: 'tehty',
      notWaiting: 'ennallaan: ei enää odota vahvistusta',
      notAgent: 'ennallaan: ei asiamiehen tekemä',
      noAuthority: 'ennallaan: valtuutusta ei ole ladattu',
      notAccepted: 'ennallaan: tiedosto ei ole PDF eikä kuva',
      typePending: 'ennallaan: vahvista ensin pyynnön laji',
    },
  },
};
