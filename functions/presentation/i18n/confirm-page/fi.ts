/** The fi texts of confirm-page.ts (loaded when a text in this language is first read: lazy.ts). */
import type { ConfirmPageMessages } from '../confirm-page.ts';

export const fi: ConfirmPageMessages = {
  title: (r) => `Vahvista pyyntö ${r}`,
  heading: (p) => `Mitä ${p} teki?`,
  request: 'Pyyntö',
  legend: 'Lopputulos',
  done: {
    access: {
      label: 'Tiedot toimitettu',
      explain: 'henkilötiedot on liitetty yllä.',
    },
    erasure: {
      label: 'Poistettu',
      explain: 'kaikki henkilöä koskevat henkilötiedot on poistettu.',
    },
    other: {
      label: 'Tehty',
      explain: 'pyyntö on toteutettu kokonaan.',
    },
  },
  choices: {
    kept: {
      label: () => 'Poistettu osittain',
      explain:
        'osa tiedoista on säilytettävä: kertokaa alla, mitä, miksi ja mihin asti.',
    },
    'not-found': {
      label: () => 'Ei tietoja',
      explain: 'henkilöstä ei säilytetä henkilötietoja.',
    },
    'could-not': {
      label: () => 'Ei voitu toteuttaa',
      explain: 'kertokaa syy huomautuksessa; kauppa selvittää asian.',
    },
    unanswered: {
      label: (p) => `Ei vastausta: ${p}`,
      explain:
        'päättäkää tämä osa ilman vastausta; asiakkaalle kerrotaan, että se puuttuu. Kertokaa huomautuksessa, miten yrititte tavoittaa sen.',
    },
  },
  keptLegend: 'Jos tietoja säilytetään',
  keptHint:
    'Vain vaihtoehdon ”Poistettu osittain” kanssa. Tämä kerrotaan asiakkaalle.',
  keptWhat: 'Mitä säilytetään',
  keptWhatHint:
    'Tietueiden laji, esimerkiksi ”lähetystiedot”; ei henkilötietoja.',
  keptWhy: 'Miksi tiedot säilytetään',
  keptUntil: 'Säilytetään saakka',
  keptUntilHint: 'Vapaaehtoinen. Päivä, jona tiedot poistetaan.',
  note: 'Huomautus kaupalle',
  noteHint:
    'Pakollinen, jos pyyntöä ei voitu toteuttaa tai vastausta ei saatu. Kauppa lukee sen; jos pyyntöä ei voitu toteuttaa, syy kerrotaan asiakkaalle.',
  submit: 'Vahvista',
  errorSummary: 'Tarkistakaa vastaus',
  errors: {
    outcome: 'Valitkaa, mitä tehtiin.',
    note: 'Kirjoittakaa huomautus (enintään 1 000 merkkiä): se on tälle vastaukselle pakollinen.',
    keptWhat: 'Kertokaa, mitä säilytetään (enintään 300 merkkiä).',
    keptReason: 'Valitkaa, miksi tiedot säilytetään.',
    keptUntil: 'Antakaa päivämäärä muodossa VVVV-KK-PP, tänään tai myöhemmin.',
  },
};
