/** The fr texts of offboarding.ts (loaded when a text in this language is first read: lazy.ts). */
import type { OffboardingMessages } from '../offboarding.ts';

export const fr: OffboardingMessages = {
  subject: (shop) => `${shop} : ses données chez nous seront effacées`,
  told: (shop, day) =>
    `Shopify nous a informés le ${day} que ${shop} a retiré notre application de confidentialité de la boutique.`,
  erasing: (shop, when) =>
    `À partir du ${when}, nous effacerons tout ce que nous conservons pour ${shop}.`,
  what: 'Cela comprend chaque demande relative aux données personnelles, y compris celles encore en cours (elles seront effacées inachevées, et il vous reviendra d’y répondre), avec leur journal, leurs exports, leurs certificats, les fichiers déposés et les e-mails reçus, les données clients de la boutique conservées ici et les membres de la console.',
  kept: 'Nous ne conservons qu’une trace de l’effacement : les dates et le volume effacé.',
  export:
    'D’ici là, conservez ce dont vous avez besoin en tant que responsable du traitement : téléchargez le registre des demandes dans Rapports et enregistrez ce qu’il vous faut depuis la page de chaque demande.',
  cancelHow:
    'Vous avez réinstallé l’application ou l’avez retirée par erreur ? Un administrateur peut annuler l’effacement dans la console :',
  bannerTitle: 'Les données de cette boutique seront effacées',
  begun: (when) =>
    `L’effacement a commencé le ${when} et ne peut plus être arrêté.`,
  open: (count) =>
    count === 1
      ? '1 demande est encore en cours et sera effacée inachevée.'
      : `${count} demandes sont encore en cours et seront effacées inachevées.`,
  cancelButton: 'Annuler l’effacement',
  askAdmin: 'Un administrateur de la boutique peut annuler l’effacement.',
  cancelled: 'L’effacement est annulé : rien ne sera effacé.',
};
