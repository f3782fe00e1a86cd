export const explorer = {
  pageTitle: 'GraphQL explorer',
  documentTitle: 'GraphQL explorer · ICC elections vetting platform',
  intro:
    'Query what is published — elections, candidacies, answers, interviews, slate flags. This page reads only public records: nothing here signs you in or changes anything.',
  editorLanguageNote: 'The editor itself is in English.',
  examplesLabel: 'Example query',
  openExample: 'Open in a new tab',
  editorRegion: 'GraphQL editor',
  loading: 'Loading the editor…',
  variablesNote: 'The variables below are filled in with the first matching records; replace them with any id.',
  noRecordNote: 'Nothing is published yet for this example: put an id in the variables below.',
  examples: {
    elections: {
      title: 'Elections and their candidacies',
      help: 'The most recent elections first, each with its candidacies and the nominating States.',
    },
    dossier: {
      title: 'A candidate’s dossier',
      help: 'One candidacy: the person, the published answers to the questionnaire and the published interviews.',
    },
    slateFlags: {
      title: 'Slate flags of an election',
      help: 'Where voters have no real choice (as many candidates as seats), now and over time.',
    },
    votingRequirements: {
      title: 'Minimum voting requirements of a round',
      help: 'Judicial elections: what each ballot paper must name in a round (ICC-ASP/3/Res.6), and the rounds held so far.',
    },
    statesParties: {
      title: 'States Parties by regional group',
      help: 'The States Parties to the Rome Statute, with the day the Statute entered into force for each.',
    },
    slateFlagsLive: {
      title: 'Follow slate flags live',
      help: 'A subscription: every change to an election’s slate flags as it happens (run it and keep the tab open).',
    },
  },
} as const;
