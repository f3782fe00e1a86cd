import type { Messages } from '../messages.js';
import type { explorer as en } from '../en/explorer.js';

export const explorer: Messages<typeof en> = {
  pageTitle: 'Explorateur GraphQL',
  documentTitle: 'Explorateur GraphQL · Plateforme d’examen des candidatures aux élections de la CPI',
  intro:
    'Interrogez ce qui est publié — élections, candidatures, réponses, auditions, signalements. Cette page ne lit que les données publiques : rien ici ne vous connecte ni ne modifie quoi que ce soit.',
  editorLanguageNote: 'L’éditeur lui-même est en anglais.',
  examplesLabel: 'Requête d’exemple',
  openExample: 'Ouvrir dans un nouvel onglet',
  editorRegion: 'Éditeur GraphQL',
  loading: 'Chargement de l’éditeur…',
  variablesNote:
    'Les variables ci-dessous reprennent les premiers enregistrements correspondants ; remplacez-les par tout autre identifiant.',
  noRecordNote: 'Rien n’est encore publié pour cet exemple : indiquez un identifiant dans les variables ci-dessous.',
  examples: {
    elections: {
      title: 'Les élections et leurs candidatures',
      help: 'Les élections les plus récentes d’abord, chacune avec ses candidatures et les États qui les présentent.',
    },
    dossier: {
      title: 'Le dossier d’un candidat',
      help: 'Une candidature : la personne, les réponses publiées au questionnaire et les auditions publiées.',
    },
    slateFlags: {
      title: 'Les signalements d’une élection',
      help: 'Là où les électeurs n’ont pas de réel choix (autant de candidats que de sièges), aujourd’hui et au fil du temps.',
    },
    votingRequirements: {
      title: 'Les conditions minimales de vote d’un tour',
      help: 'Élections des juges : ce que chaque bulletin doit désigner lors d’un tour (ICC-ASP/3/Res.6), et les tours déjà tenus.',
    },
    statesParties: {
      title: 'Les États Parties par groupe régional',
      help: 'Les États Parties au Statut de Rome, avec le jour où le Statut est entré en vigueur pour chacun.',
    },
    slateFlagsLive: {
      title: 'Suivre les signalements en direct',
      help: 'Un abonnement : chaque changement des signalements d’une élection, au moment où il survient (lancez-le et gardez l’onglet ouvert).',
    },
  },
};
