import type { Messages } from '../messages.js';
import type { consoleNominations as En } from '../en/console-nominations.js';

// Les écrans de la console pour les candidatures, au-delà du formulaire de présentation : corrections,
// annulations, imports, tableau filtré des candidatures.
export const consoleNominations: Messages<typeof En> = {
  table: {
    filters: 'Filtrer les candidatures',
    status: 'Statut',
    list: 'Liste',
    gender: 'Genre',
    regionalGroup: 'Groupe régional',
    any: 'Tous',
    apply: 'Filtrer',
    clear: 'Effacer les filtres',
    count: 'Candidatures affichées : {shown} sur {total}',
    none: 'Aucune candidature ne répond à ces filtres.',
    colGroup: 'Groupe régional',
    correct: 'Corriger',
    correctName: 'Corriger la fiche de {name}',
    void: 'Annuler',
    voidName: 'Annuler la candidature de {name}',
    import: 'Importer des candidatures depuis un fichier CSV',
  },
  person: {
    title: 'Corriger la fiche de {name}',
    intro:
      'Les corrections sont conservées dans le journal d’audit. Une nouvelle nationalité est vérifiée au regard des règles de chaque élection où la personne est candidate.',
    fullName: 'Nom complet',
    gender: 'Genre',
    nationality: 'Nationalité',
    nationalityHint: 'Code pays à deux lettres, par exemple SN ou FR.',
    contactEmail: 'Adresse électronique de contact (privée)',
    contactEmailHint:
      'Adresse à laquelle les questionnaires sont envoyés. Jamais rendue publique. Videz le champ pour la retirer.',
    standsIn: 'Candidate dans : {elections}',
    nameBlank: 'Saisissez le nom complet (au moins 2 lettres)',
    nationalityInvalid: 'Saisissez un code pays à deux lettres majuscules, par exemple SN',
    emailInvalid: 'Saisissez une adresse électronique comme nom@exemple.org',
    nothingChanged: 'Rien n’a changé : corrigez au moins un champ.',
    submit: 'Enregistrer la correction',
    saving: 'Enregistrement…',
    done: 'La fiche de {name} a été corrigée.',
    stale:
      'Quelqu’un d’autre a modifié cette fiche après que vous l’avez ouverte. Rechargez-la pour voir sa modification, puis corrigez-la à nouveau.',
    staleBy:
      '{name} a modifié cette fiche le {when}. Rechargez-la pour voir sa modification, puis corrigez-la à nouveau.',
    staleByYou:
      'Vous avez modifié cette fiche dans un autre onglet le {when}. Rechargez-la, puis corrigez-la à nouveau.',
    reload: 'Recharger la fiche',
  },
  void: {
    title: 'Annuler la candidature de {name}',
    intro:
      'N’annulez une candidature que si elle a été saisie par erreur. Elle disparaît de toutes les listes et des pages publiques ; le journal d’audit la conserve, avec votre motif. Une candidature retirée par son État est retirée, non annulée.',
    details: '{election} · présentée le {date} par {state}',
    byProsecutor: 'le Procureur',
    reason: 'Pourquoi cette candidature est-elle nulle ?',
    reasonHint: 'Par exemple « Saisie deux fois » ou « Mauvaise élection ». Conservé dans le journal d’audit.',
    reasonBlank: 'Saisissez le motif (au moins 3 caractères)',
    confirm: 'Je comprends que cette candidature disparaîtra de toutes les listes',
    confirmMissing: 'Cochez la case pour confirmer',
    submit: 'Annuler la candidature',
    done: 'La candidature de {name} a été annulée.',
    cannot:
      'Cette candidature ne peut pas être annulée : d’autres données en dépendent ({records}). Retirez-la plutôt.',
    records: {
      invitations: 'invitations au questionnaire',
      responses: 'réponses au questionnaire',
      interviews: 'entretiens',
      recusals: 'récusations',
      discussionInvitations: 'invitations à un débat',
      ballotRounds: 'tours de scrutin',
    },
    withdrawInstead: 'La retirer plutôt',
  },
  import: {
    title: 'Importer des candidatures : {title}',
    intro:
      'Choisissez un fichier CSV enregistré depuis un tableur, ou collez son texte. La première ligne nomme les colonnes ; chaque ligne suivante est une candidature. Rien n’est enregistré avant votre confirmation, et alors toutes les lignes le sont, ou aucune.',
    columns: 'Colonnes',
    columnsList:
      'fullName, gender (FEMALE ou MALE), nationality, nominatingState, list (A ou B), nominationProcedure (HIGHEST_JUDICIAL_OFFICES ou ICJ_PROCEDURE), post, nominatedOn (AAAA-MM-JJ), contactEmail, otherNationalities, languages, biography',
    example: 'Exemple',
    file: 'Fichier CSV',
    fileHint: 'UTF-8, virgules ou points-virgules.',
    text: 'Ou collez le texte CSV',
    textBlank: 'Choisissez un fichier ou collez le texte CSV',
    preview: 'Vérifier les lignes',
    checking: 'Vérification…',
    summary:
      '{accepted, plural, one {# ligne peut être créée} other {# lignes peuvent être créées}}, {refused, plural, one {# est refusée} other {# sont refusées}}.',
    allGood: 'Toutes les lignes peuvent être créées : {accepted, plural, one {# candidature} other {# candidatures}}.',
    fixFirst:
      'Corrigez les lignes refusées dans votre fichier, puis vérifiez-le à nouveau : rien n’est enregistré tant qu’une ligne est refusée.',
    confirm: '{count, plural, one {Créer la candidature} other {Créer les # candidatures}}',
    writing: 'Création…',
    done: '{count, plural, one {# candidature a été créée} other {# candidatures ont été créées}}.',
    notWritten:
      'Rien n’a été enregistré : {refused, plural, one {# ligne a été refusée entre-temps. Corrigez-la} other {# lignes ont été refusées entre-temps. Corrigez-les}} et vérifiez à nouveau.',
    colLine: 'Ligne',
    colName: 'Candidat',
    colState: 'État qui présente',
    colNationality: 'Nationalité',
    colList: 'Liste',
    colOutcome: 'Résultat',
    accepted: 'Sera créée',
    refused: 'Refusée',
    badFields: 'Vérifiez ces colonnes : {fields}',
    duplicate: 'Cette personne est déjà candidate à cette élection.',
    notOpen: 'Les candidatures ne s’importent que pendant la période de présentation.',
    changed: 'Le fichier a changé depuis sa vérification : vérifiez-le à nouveau.',
  },
};
