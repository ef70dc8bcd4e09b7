/** The fr texts of uploads.ts (loaded when a text in this language is first read: lazy.ts). */
import type { UploadMessages } from '../uploads.ts';
import { sizeIn } from './size.ts';

export const fr: UploadMessages = {
  heading: 'Transmettre les données',
  intro: (maxSize, maxFiles) =>
    `Veuillez téléverser ici les données que vous détenez sur cette personne, un fichier à la fois (${maxSize} au plus par fichier, ${maxFiles} fichiers au total). Chaque fichier téléversé apparaît dans la liste ci-dessous, où vous pouvez le retirer jusqu’à votre confirmation. Veuillez téléverser les fichiers avant de choisir votre réponse.`,
  types:
    'Formats acceptés\u00a0: CSV, JSON, XLSX, PDF, ZIP et images (PNG, JPEG, GIF, WebP, HEIC). Le format est vérifié d’après le contenu du fichier.',
  fileLabel: 'Fichier à téléverser',
  upload: 'Téléverser',
  formNote:
    'Si le téléversement est refusé (par exemple pour un fichier trop volumineux), revenez sur cette page et choisissez un autre fichier. Rechargez la page si elle est ouverte depuis plus d’une heure.',
  limitReached: (maxFiles) =>
    `${maxFiles} fichiers ont été téléversés, le nombre maximal. Retirez-en un pour en téléverser un autre.`,
  listHeading: 'Fichiers téléversés',
  none: 'Aucun fichier téléversé pour l’instant.',
  type: (label) => label,
  notAccepted: (label) => `${label}\u00a0: non accepté, veuillez le retirer`,
  unknownType: 'format inconnu',
  remove: 'Retirer',
  removeLabel: (name) => `Retirer ${name}`,
  problems: {
    'not-accepted':
      'La liste contient encore un fichier dont le format n’est pas accepté\u00a0: retirez-le avant de confirmer.',
    'too-many':
      'Il y a plus de fichiers que le nombre pouvant être transmis\u00a0: retirez-en avant de confirmer.',
    missing:
      'Aucun fichier n’a été téléversé\u00a0: téléversez les données avant de répondre «\u00a0Données fournies\u00a0», ou choisissez une autre réponse.',
    'not-wanted':
      'Des fichiers ont été téléversés, mais votre réponse ne transmet aucune donnée\u00a0: retirez les fichiers ou choisissez «\u00a0Données fournies\u00a0».',
  },
  size: sizeIn('fr-FR', 'Ko', 'Mo'),
  merchantHint: (processor) =>
    `${processor} vous envoie sa copie des données par e-mail. Veuillez téléverser ces fichiers sur la même page (sans les transférer par e-mail)\u00a0: ils seront remis au client dans son dossier de données.`,
  report: {
    heading: 'Fichiers transmis par les organismes',
    intro:
      'Certains organismes conservent vos données dans leurs propres systèmes et les ont transmises sous forme de fichiers. Ils figurent dans ce dossier, dans le répertoire indiqué pour chacun.',
    missing: (name) =>
      `${name}\u00a0: transmis, mais plus conservé lors de la préparation de ce dossier\u00a0; écrivez à la boutique pour le recevoir.`,
    folder:
      'processors/\u00a0: les fichiers transmis par les organismes, un répertoire par organisme.',
  },
};
