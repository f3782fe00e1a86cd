// The reads and writes the benchmark drives, and the single SQL statement that answers the dossier.

const PERSON = 'person { id fullName gender nationality otherNationalities languages biography }';
const STATE = 'nominatingState { code name regionalGroup }';
const RESPONSE = 'response { outcome submittedAt answers { key text yes choices } }';
const INTERVIEWS =
  'interviews { id panelName panelKind mode status scheduledAt heldAt durationMinutes publicSummary publishedAt conclusion { overall criteria { criterionKey rating } } }';
const CANDIDACY = `id status list nominationProcedure nominatedOn withdrawnOn ${PERSON} ${STATE} ${RESPONSE} ${INTERVIEWS}`;

/** One election's dossier: every candidacy with its person, State, published answers and interviews. */
export const DOSSIER = `query Dossier($id: ID!) {
  election(id: $id) {
    id title type status seats nominationOpensOn nominationClosesOn
    candidacies(first: 100) { totalCount edges { node { ${CANDIDACY} } } }
  }
}`;

/** The list of elections with candidacy counts and names. */
export const LIST = `query Elections($first: Int!) {
  elections(first: $first) {
    totalCount
    edges { node {
      id title type status seats nominationOpensOn nominationClosesOn
      candidacies(first: 20) { totalCount edges { node { id status person { fullName } nominatingState { code name } } } }
    } }
  }
}`;

/** One candidacy by id, with its answers and interviews. */
export const CANDIDACY_BY_ID = `query Candidacy($id: ID!) {
  candidacy(id: $id) { ${CANDIDACY} election { id title } }
}`;

export const SAVE_ANSWERS = `mutation Save($input: SaveAnswersInput!) { saveAnswers(input: $input) { version status } }`;

export const NOMINATE = `mutation Nominate($input: NominateCandidateInput!) {
  nominateCandidate(input: $input) { id status ${PERSON} ${STATE} }
}`;

export const OPEN_INVITATION = `mutation Open($token: String!) { openInvitation(token: $token) { token } }`;

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The dossier as one statement producing the GraphQL response's JSON (same fields, same order of
 * rows), for the baseline: what a schema compiled to SQL would send. $1 the election, $2 now.
 */
export const DOSSIER_SQL = `
SELECT json_build_object('data', json_build_object('election', (
  SELECT json_build_object(
    'id', e.id, 'title', e.title, 'type', e.type, 'status', e.status, 'seats', e.seats,
    'nominationOpensOn', e.nomination_opens_on, 'nominationClosesOn', e.nomination_closes_on,
    'candidacies', json_build_object(
      'totalCount', (SELECT count(*) FROM candidacy WHERE election_id = e.id),
      'edges', coalesce((
        SELECT json_agg(json_build_object('node', json_build_object(
          'id', c.id, 'status', c.status, 'list', c.list, 'nominationProcedure', c.nomination_procedure,
          'nominatedOn', c.nominated_on, 'withdrawnOn', c.withdrawn_on,
          'person', json_build_object('id', p.id, 'fullName', p.full_name, 'gender', p.gender,
            'nationality', p.nationality, 'otherNationalities', p.other_nationalities, 'languages', p.languages,
            'biography', p.biography),
          'nominatingState', json_build_object('code', s.code, 'name', s.name, 'regionalGroup', s.regional_group),
          'response', (
            SELECT json_build_object(
              'outcome', CASE WHEN r.status IN ('SUBMITTED', 'DECLINED') THEN r.status::text
                              WHEN greatest(q.deadline, coalesce(r.extended_deadline, q.deadline)) > $2 THEN 'PENDING'
                              ELSE 'NO_RESPONSE' END,
              'submittedAt', CASE WHEN r.status = 'SUBMITTED' THEN ${iso('r.submitted_at')} END,
              'answers', CASE WHEN r.status = 'SUBMITTED' THEN coalesce((
                SELECT json_agg(json_build_object(
                  'key', qq.value->>'key',
                  'text', CASE WHEN jsonb_typeof(r.answers->(qq.value->>'key')) = 'string' THEN r.answers->>(qq.value->>'key') END,
                  'yes', CASE WHEN jsonb_typeof(r.answers->(qq.value->>'key')) = 'boolean' THEN (r.answers->(qq.value->>'key'))::boolean END,
                  'choices', CASE WHEN jsonb_typeof(r.answers->(qq.value->>'key')) = 'array' THEN r.answers->(qq.value->>'key') END
                ) ORDER BY qq.ordinality)
                FROM jsonb_array_elements(q.questions) WITH ORDINALITY qq
                WHERE r.answers ? (qq.value->>'key')), '[]') ELSE '[]' END)
            FROM questionnaire q LEFT JOIN response r ON r.questionnaire_id = q.id AND r.candidacy_id = c.id
            WHERE q.election_id = e.id AND q.publish_at <= $2 AND c.status <> 'WITHDRAWN'
            ORDER BY q.created_at DESC LIMIT 1),
          'interviews', coalesce((
            SELECT json_agg(json_build_object(
              'id', i.id, 'panelName', pa.name, 'panelKind', pa.kind, 'mode', i.mode, 'status', i.status,
              'scheduledAt', ${iso('i.scheduled_at')}, 'heldAt', ${iso('i.held_at')}, 'durationMinutes', i.duration_minutes,
              'publicSummary', i.public_summary, 'publishedAt', ${iso('i.published_at')},
              'conclusion', CASE WHEN i.conclusion_overall IS NOT NULL THEN json_build_object(
                'overall', i.conclusion_overall, 'criteria', i.conclusion_criteria) END
            ) ORDER BY i.scheduled_at, i.id)
            FROM interview i JOIN panel pa ON pa.id = i.panel_id
            WHERE i.candidacy_id = c.id AND i.published_at IS NOT NULL), '[]')
        )) ORDER BY c.created_at, c.id)
        FROM candidacy c JOIN person p ON p.id = c.person_id JOIN state_party s ON s.code = c.nominating_state_code
        WHERE c.election_id = e.id), '[]'))
  )
  FROM election e WHERE e.id = $1 AND e.status <> 'DRAFT'
))) AS body`;

// The same three reads from PostGraphile v4 on the same tables (its default inflection: relations by
// foreign key, e.g. candidaciesByElectionId), the fields the application returns. PostGraphile has no
// notion of "published": the bench's answers and interviews are all published, so the rows match; the
// answers come as the stored JSON object rather than a list per question.
const PG_CANDIDACY = `id status list nominationProcedure nominatedOn withdrawnOn
  personByPersonId { id fullName gender nationality otherNationalities languages biography }
  statePartyByNominatingStateCode { code name regionalGroup }
  responsesByCandidacyId { nodes { status submittedAt answers questionnaireByQuestionnaireId { publishAt deadline } } }
  interviewsByCandidacyId(orderBy: [SCHEDULED_AT_ASC, ID_ASC]) { nodes {
    id mode status scheduledAt heldAt durationMinutes publicSummary publishedAt conclusionOverall conclusionCriteria
    panelByPanelId { name kind }
  } }`;

export const PG_DOSSIER = `query Dossier($id: UUID!) {
  electionById(id: $id) {
    id title type status seats nominationOpensOn nominationClosesOn
    candidaciesByElectionId(first: 100, orderBy: [CREATED_AT_ASC, ID_ASC]) { totalCount edges { node { ${PG_CANDIDACY} } } }
  }
}`;

export const PG_LIST = `query Elections($first: Int!) {
  allElections(first: $first, orderBy: [NOMINATION_OPENS_ON_DESC, ID_ASC]) {
    totalCount
    edges { node {
      id title type status seats nominationOpensOn nominationClosesOn
      candidaciesByElectionId(first: 20, orderBy: [CREATED_AT_ASC, ID_ASC]) {
        totalCount
        edges { node { id status personByPersonId { fullName } statePartyByNominatingStateCode { code name } } }
      }
    } }
  }
}`;

export const PG_CANDIDACY_BY_ID = `query Candidacy($id: UUID!) {
  candidacyById(id: $id) { ${PG_CANDIDACY} electionByElectionId { id title } }
}`;
