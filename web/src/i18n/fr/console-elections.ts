// La console du personnel, partie élections : titre en français, modifications concurrentes, brouillons supprimés.
export const consoleElections = {
  titleFr: 'Titre en français (facultatif)',
  titleFrHint:
    'Les candidats qui lisent en français le voient, dans leur page et leurs courriels. Laissez vide pour utiliser le titre.',
  titleFrShown: 'Titre en français',
  titleFrNone: 'Aucun : les lecteurs francophones voient le titre',
  conflictBy:
    '{name} a modifié cette élection le {when}, après que vous l’avez ouverte. Vos modifications ne sont pas enregistrées. Rechargez-la pour voir les siennes, puis refaites les vôtres.',
  conflictByYou:
    'Vous avez modifié cette élection le {when} dans un autre onglet ou une autre fenêtre, après avoir ouvert celle-ci. Ces modifications ne sont pas enregistrées. Rechargez-la, puis refaites-les.',
  conflictAt:
    'Quelqu’un d’autre a modifié cette élection le {when}, après que vous l’avez ouverte. Vos modifications ne sont pas enregistrées. Rechargez-la pour voir les siennes, puis refaites les vôtres.',
  deleteDraft: 'Supprimer ce brouillon',
  deleteConfirmTitle: 'Supprimer le brouillon « {title} » ?',
  deleteConfirmText:
    'Il disparaît de la console pour tout le monde. Le journal d’audit en garde une copie. Cette action est définitive.',
  deleteConfirm: 'Oui, supprimer le brouillon',
  deleteCancel: 'Le garder',
  deleting: 'Suppression…',
  deleted: 'Le brouillon « {title} » a été supprimé.',
  onlyDrafts: 'Seul un brouillon peut être supprimé : cette élection a avancé. Rechargez la page.',
  inUse:
    'Ce brouillon ne peut pas être supprimé tant que d’autres enregistrements s’y rapportent ({records}). Supprimez-les d’abord.',
  changedMeanwhile:
    'Quelqu’un a modifié ce brouillon après que vous avez ouvert la page : il n’a pas été supprimé. Rechargez la page pour voir les modifications.',
  // The records that keep a draft from being deleted (ELECTION_IN_USE's `records`).
  records: {
    candidacies: 'candidatures',
    questionnaires: 'questionnaires',
    panels: 'comités',
    discussions: 'débats publics',
    outreachRecords: 'démarches auprès des États',
    ballotRounds: 'tours de scrutin',
  },
} as const;
