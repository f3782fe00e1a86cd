// The staff console's elections area: what issue 15 added (French title, stale edits, deleting drafts).
export const consoleElections = {
  titleFr: 'Title in French (optional)',
  titleFrHint: 'Nominees who read in French see it, in their page and their mails. Leave empty to use the title.',
  titleFrShown: 'Title in French',
  titleFrNone: 'None: French readers see the title',
  conflictBy:
    '{name} changed this election at {when}, after you opened it. Your changes are not saved. Reload it to see theirs, then make yours again.',
  conflictByYou:
    'You changed this election at {when} in another tab or window, after you opened this one. These changes are not saved. Reload it, then make them again.',
  conflictAt:
    'Someone else changed this election at {when}, after you opened it. Your changes are not saved. Reload it to see theirs, then make yours again.',
  deleteDraft: 'Delete this draft',
  deleteConfirmTitle: 'Delete the draft “{title}”?',
  deleteConfirmText:
    'It disappears from the console for everyone. The audit log keeps a copy of it. This cannot be undone.',
  deleteConfirm: 'Yes, delete the draft',
  deleteCancel: 'Keep it',
  deleting: 'Deleting…',
  deleted: 'The draft “{title}” was deleted.',
  onlyDrafts: 'Only a draft can be deleted: this election has moved on. Reload the page.',
  inUse: 'This draft cannot be deleted while other records refer to it ({records}). Remove them first.',
  changedMeanwhile:
    'Someone changed this draft after you opened the page, so it was not deleted. Reload the page to see the changes.',
  // The records that keep a draft from being deleted (ELECTION_IN_USE's `records`).
  records: {
    candidacies: 'candidacies',
    questionnaires: 'questionnaires',
    panels: 'panels',
    discussions: 'public discussions',
    outreachRecords: 'outreach records',
    ballotRounds: 'ballot rounds',
  },
} as const;
