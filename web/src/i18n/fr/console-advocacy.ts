import type { Messages } from '../messages.js';
import type { consoleAdvocacy as En } from '../en/console-advocacy.js';

// Le plaidoyer auprès des États dans la console (partie du catalogue de la console, chargée avec elle).
export const consoleAdvocacy: Messages<typeof En> = {
  open: 'Plaidoyer auprès des États',
  title: 'Plaidoyer auprès des États : {title}',
  intro:
    'Les États Parties qui n’ont présenté personne, par groupe régional, avec les signaux qui rendent une candidature du groupe importante, et les démarches de l’équipe auprès de chacun. Les notes sont réservées à l’équipe.',
  backToElection: 'Retour à {title}',
  notOpen:
    'Les États à contacter sont listés tant que les candidatures sont ouvertes ; cette élection en est à « {status} ». Les démarches consignées restent ci-dessous.',
  matters: 'Une candidature de ce groupe aiderait pour :',
  noFlags: 'Aucun signal ne rend en ce moment une candidature de ce groupe importante.',
  statesCount:
    '{count, plural, =0 {Tous les États Parties du groupe ont présenté un candidat.} one {# État Partie n’a présenté personne.} other {# États Parties n’ont présenté personne.}}',
  download: 'Télécharger le CSV du groupe : {group}',
  colState: 'État Partie',
  colDone: 'Démarches à ce jour',
  colActions: 'Actions',
  colContact: 'Contact',
  colNote: 'Note et suite',
  colNominated: 'Candidature ensuite',
  notContacted: 'Pas contacté',
  lastContact: 'Dernier : {date} ({channel}) ; {count} en tout',
  record: 'Consigner une démarche',
  recordLabel: 'Consigner une démarche auprès de : {state}',
  edit: 'Modifier',
  editLabel: 'Modifier la démarche du {date} auprès de : {state}',
  outreachHeading: 'Démarches pour cette élection',
  noOutreach: 'Aucune démarche consignée pour l’instant.',
  outcomeValue: 'Suite : {outcome}',
  nominatedOn: 'Oui, le {date}',
  notNominated: 'Pas encore',
  channels: { LETTER: 'Lettre', MEETING: 'Rencontre', CALL: 'Appel', EMAIL: 'Courriel', OTHER: 'Autre' },
  form: {
    reload: 'Recharger les démarches',
    recordTitle: 'Démarche auprès de : {state}',
    editTitle: 'Corriger la démarche auprès de : {state}',
    contactedOn: 'Jour du contact',
    future: 'Une démarche se consigne une fois faite : choisissez aujourd’hui ou un jour passé',
    channel: 'Moyen',
    channelBlank: 'Choisissez comment l’État a été contacté',
    note: 'Note',
    noteHint: 'Ce qui a été dit ou envoyé. Réservé à l’équipe : le public ne la voit jamais.',
    outcome: 'Suite',
    outcomeHint: 'Ce qui en est ressorti pour l’instant, par exemple « va y réfléchir ».',
    submit: 'Consigner la démarche',
    save: 'Enregistrer les modifications',
    recorded: 'La démarche auprès de : {state} est consignée.',
    saved: 'La démarche auprès de : {state} est corrigée.',
    stale:
      'Quelqu’un d’autre a modifié cette démarche depuis que vous l’avez ouverte. Vos modifications ne sont pas enregistrées : rechargez pour voir les siennes, puis refaites les vôtres.',
  },
};
