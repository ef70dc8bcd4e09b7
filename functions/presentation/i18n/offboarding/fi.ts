/** The fi texts of offboarding.ts (loaded when a text in this language is first read: lazy.ts). */
import type { OffboardingMessages } from '../offboarding.ts';

export const fi: OffboardingMessages = {
  subject: (shop) => `${shop}: kaupan tiedot poistetaan palvelustamme`,
  told: (shop, day) =>
    `Shopify ilmoitti meille ${day}, että ${shop} on poistanut tietosuojasovelluksemme kaupastaan.`,
  erasing: (shop, when) =>
    `Poistamme kaikki kaupan ${shop} tiedot palvelustamme ${when} alkaen.`,
  what: 'Poistamme jokaisen tietosuojapyynnön, myös kesken olevat (ne poistetaan keskeneräisinä, ja niihin vastaaminen jää teille), sekä niiden lokitiedot, tiedostot, todistukset, ladatut tiedostot ja vastaanotetut sähköpostit, täällä säilytetyt kaupan asiakastiedot ja hallintapaneelin käyttäjät.',
  kept: 'Säilytämme vain merkinnän poistosta: päivämäärät ja sen, kuinka paljon poistettiin.',
  export:
    'Tallentakaa sitä ennen, mitä tarvitsette rekisterinpitäjänä: ladatkaa pyyntörekisteri Raportit-sivulta ja tallentakaa tarvitsemanne kunkin pyynnön sivulta.',
  cancelHow:
    'Asensitteko sovelluksen uudelleen tai poistitteko sen vahingossa? Ylläpitäjä voi perua poiston hallintapaneelissa:',
  bannerTitle: 'Kaupan tiedot poistetaan',
  begun: (when) => `Poisto alkoi ${when}, eikä sitä voi enää pysäyttää.`,
  open: (count) =>
    count === 1
      ? '1 pyyntö on yhä kesken ja poistetaan keskeneräisenä.'
      : `${count} pyyntöä on yhä kesken ja poistetaan keskeneräisinä.`,
  cancelButton: 'Peru poisto',
  askAdmin: 'Kaupan ylläpitäjä voi perua poiston.',
  cancelled: 'Poisto on peruttu: mitään ei poisteta.',
};
