import type { Messages } from '../messages.js';
import type { common as en } from '../en/common.js';

export const common: Messages<typeof en> = {
  appName: 'Plateforme d’examen des candidatures aux élections de la Cour pénale internationale',
  skipToContent: 'Aller au contenu principal',
  language: 'Langue',
  languageNames: { en: 'English', fr: 'Français' },
  switchTo: 'Read in English',
  home: {
    title: 'L’examen des candidatures aux élections de la Cour pénale internationale',
    intro:
      'La société civile adresse un questionnaire à chaque candidat, les auditionne devant des comités et signale les élections où les États ne laissent pas de réel choix aux électeurs. Tout ce qui est publié est ouvert à tous.',
    nomineeHeading: 'Candidats',
    nomineeText: 'Répondez au questionnaire que vous avez reçu par courriel.',
    nomineeLink: 'Ouvrir votre questionnaire',
    explorerHeading: 'Observateurs',
    explorerText:
      'Consultez les données publiées — élections, candidats, réponses, entretiens et signalements — ou interrogez-les dans l’explorateur GraphQL.',
    electionsLink: 'Consulter les élections et les candidats',
    explorerLink: 'Ouvrir l’explorateur',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'Cette adresse ne mène à aucune page.',
    back: 'Aller à la page d’accueil',
  },
  errors: {
    network: 'La connexion au serveur a été perdue. Rien de ce que vous avez saisi n’est perdu ; nous réessayons.',
    generic: 'Une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.',
    rateLimited: 'Trop de tentatives depuis votre connexion. Veuillez patienter une minute puis réessayer.',
    unavailable: 'Le service est momentanément indisponible. Rien n’a été enregistré ; veuillez réessayer.',
  },
};
