/**
 * The explorer's saved example queries for observers. Each one is checked against schema.gql by
 * examples.spec.ts, so a schema change that breaks an example fails the tests.
 *
 * An example's title and help come from the catalogues (explorer.examples.<key>); they are shown
 * in the example picker and as comment lines at the top of the query, in the reader's language.
 */

/** Ids the examples' variables start with: the first matching published records, when there are any. */
export interface ExampleDefaults {
  /** The most recent election. */
  readonly electionId: string | null;
  /** The most recent judicial election (minimum voting requirements exist only there). */
  readonly judicialElectionId: string | null;
  /** The first candidacy of the most recent election that has one. */
  readonly candidacyId: string | null;
}

export const NO_DEFAULTS: ExampleDefaults = { electionId: null, judicialElectionId: null, candidacyId: null };

export type ExampleKey =
  'elections' | 'dossier' | 'slateFlags' | 'votingRequirements' | 'statesParties' | 'slateFlagsLive';

export interface Example {
  readonly key: ExampleKey;
  /** The operation, without the comment lines (added in the reader's language). */
  readonly query: string;
  /** The variables for these defaults, or null when the operation takes none. */
  readonly variables: ((defaults: ExampleDefaults) => Record<string, unknown>) | null;
  /** The default ids the variables need (to tell the reader when none was found). */
  readonly needs: readonly (keyof ExampleDefaults)[];
}

export const EXAMPLES: readonly Example[] = [
  {
    key: 'elections',
    query: `query ElectionsAndCandidacies($first: Int = 5) {
  elections(first: $first) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        type
        aspSession
        status
        seats
        nominationOpensOn
        nominationClosesOn
        votingStartsOn
        isCleanSlate
        candidacies(first: 50) {
          totalCount
          edges {
            node {
              id
              status
              list
              regionalGroup
              nominatedOn
              nominatingState {
                code
                name
              }
              person {
                id
                fullName
                gender
                nationality
              }
            }
          }
        }
      }
    }
  }
}
`,
    variables: () => ({ first: 5 }),
    needs: [],
  },
  {
    key: 'dossier',
    query: `query CandidateDossier($candidacyId: ID!) {
  candidacy(id: $candidacyId) {
    id
    status
    list
    nominationProcedure
    nominatedOn
    withdrawnOn
    withdrawalReason
    regionalGroup
    election {
      id
      title
    }
    nominatingState {
      code
      name
    }
    person {
      fullName
      gender
      nationality
      otherNationalities
      languages
      biography
      candidacies {
        id
        status
        election {
          title
        }
      }
    }
    response {
      outcome
      submittedAt
      submittedLate
      declineReason
      answers {
        key
        text
        yes
        choices
      }
    }
    interviews {
      panelName
      panelKind
      mode
      status
      heldAt
      durationMinutes
      conclusion {
        overall
        concludedAt
        scoresRevisedAfterDisclosure
      }
      publicSummary
      publishedAt
      dissents {
        authorName
        text
      }
    }
  }
}
`,
    variables: (d) => ({ candidacyId: d.candidacyId ?? '' }),
    needs: ['candidacyId'],
  },
  {
    key: 'slateFlags',
    query: `query SlateFlags($electionId: ID!) {
  election(id: $electionId) {
    title
    seats
    isCleanSlate
    slateFlags {
      kind
      scope
      scopeValue
      candidates
      seats
      since
    }
    slateFlagHistory {
      at
      change
      kind
      scope
      scopeValue
      candidates
      seats
    }
  }
}
`,
    variables: (d) => ({ electionId: d.electionId ?? '' }),
    needs: ['electionId'],
  },
  {
    key: 'votingRequirements',
    query: `query MinimumVotingRequirements($electionId: ID!, $round: Int) {
  election(id: $electionId) {
    title
    seats
    sittingJudges {
      fullName
      gender
      list
      regionalGroup
    }
    # Omit $round for the next round to be held.
    minimumVotingRequirements(round: $round) {
      kind
      value
      baseRequired
      adjustedRequired
      required
      applies
      candidatesInRace
      lapsedReason
    }
    ballotRounds {
      number
      heldOn
      votesRequired
      elected
      seatsLeftAfter
    }
  }
}
`,
    variables: (d) => ({ electionId: d.judicialElectionId ?? '', round: null }),
    needs: ['judicialElectionId'],
  },
  {
    key: 'statesParties',
    query: `query StatesParties($regionalGroup: RegionalGroup = AFRICAN) {
  statesParties(regionalGroup: $regionalGroup) {
    code
    name
    regionalGroup
    joinedOn
    leftOn
  }
}
`,
    variables: () => ({ regionalGroup: 'AFRICAN' }),
    needs: [],
  },
  {
    key: 'slateFlagsLive',
    query: `subscription SlateFlagChanges($electionId: ID!) {
  slateFlagChanged(electionId: $electionId) {
    electionId
    events {
      at
      change
      kind
      scope
      scopeValue
      candidates
      seats
    }
  }
}
`,
    variables: (d) => ({ electionId: d.electionId ?? '' }),
    needs: ['electionId'],
  },
];

/** Finds the default ids: the most recent elections and their first candidacies. */
export const DEFAULTS_QUERY = `query ExplorerDefaults {
  elections(first: 10) {
    edges {
      node {
        id
        type
        candidacies(first: 1) {
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
}`;

interface DefaultsData {
  elections?: {
    edges: { node: { id: string; type: string; candidacies: { edges: { node: { id: string } }[] } } }[];
  };
}

/** Reads the answer to DEFAULTS_QUERY (anything unexpected gives no defaults). */
export function defaultsFrom(data: unknown): ExampleDefaults {
  const elections = (data as DefaultsData | null | undefined)?.elections?.edges.map((e) => e.node) ?? [];
  return {
    electionId: elections[0]?.id ?? null,
    judicialElectionId: elections.find((e) => e.type === 'JUDGES')?.id ?? null,
    candidacyId: elections.flatMap((e) => e.candidacies.edges.map((c) => c.node.id))[0] ?? null,
  };
}

/** Comment text wrapped to lines of at most `width` characters (a longer word keeps its own line). */
export function wrapComment(text: string, width = 72): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The text of an example as it appears in the editor: comment lines, then the operation. */
export function exampleText(example: Example, comments: readonly string[]): string {
  const lines = comments.flatMap((comment) => wrapComment(comment).map((line) => `# ${line}`));
  return `${lines.join('\n')}\n${example.query}`;
}

/** The variables editor's text for an example, or '' when it takes none. */
export function exampleVariables(example: Example, defaults: ExampleDefaults): string {
  return example.variables ? JSON.stringify(example.variables(defaults), null, 2) : '';
}

/** Whether the defaults hold every id the example's variables need. */
export function hasDefaults(example: Example, defaults: ExampleDefaults): boolean {
  return example.needs.every((key) => defaults[key] !== null);
}
