import { element, xmlDocument, type XmlElement } from './xml-writer.js';

/** At most this many entries, the newest: a feed reader polls, it does not page. */
export const FEED_ENTRY_LIMIT = 100;

export const FEED_EVENT_KINDS = [
  'NOMINATION',
  'WITHDRAWAL',
  'FLAG_RAISED',
  'FLAG_CLEARED',
  'FLAG_CHANGED',
  'ANSWERS_PUBLISHED',
  'INTERVIEW_PUBLISHED',
  'ROUND_RECORDED',
] as const;
export type FeedEventKind = (typeof FEED_EVENT_KINDS)[number];

/** One public fact about an election, as a feed entry says it. */
export interface FeedEvent {
  /** Stable across requests and unique in the election: the entry's id is built from it. */
  readonly key: string;
  readonly kind: FeedEventKind;
  readonly at: Date;
  readonly title: string;
  readonly summary: string;
}

export interface FeedElection {
  readonly id: string;
  readonly title: string;
  readonly aspSession: string;
  readonly updatedAt: Date;
}

// The facts each kind of event is built from: public fields only, read by the service.
export interface CandidacyFact {
  readonly id: string;
  readonly fullName: string;
  readonly nominatingState: string | null;
  readonly nominatedAt: Date;
  readonly withdrawnAt: Date | null;
  readonly withdrawalReason: string | null;
}
export interface FlagFact {
  readonly seq: number;
  readonly change: 'RAISED' | 'CLEARED' | 'CHANGED';
  readonly kind: string;
  readonly scope: string;
  readonly scopeValue: string | null;
  readonly seats: number;
  readonly candidates: number;
  readonly at: Date;
}
export interface AnswersFact {
  readonly questionnaireId: string;
  readonly title: string;
  readonly publishedAt: Date;
}
export interface InterviewFact {
  readonly interviewId: string;
  readonly candidacyId: string;
  readonly panelName: string;
  readonly publishedAt: Date;
}
export interface RoundFact {
  readonly number: number;
  readonly heldOn: string;
  readonly byAcclamation: boolean;
  readonly elected: readonly string[];
  readonly recordedAt: Date;
}

export interface FeedFacts {
  readonly candidacies: readonly CandidacyFact[];
  readonly flags: readonly FlagFact[];
  readonly answers: readonly AnswersFact[];
  readonly interviews: readonly InterviewFact[];
  readonly rounds: readonly RoundFact[];
}

const words = (constant: string) => constant.toLowerCase().replace(/_/g, ' ');
const listOf = (names: readonly string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** The events of one election, newest first (ties in a stable order), at most FEED_ENTRY_LIMIT. */
export function feedEvents(facts: FeedFacts): FeedEvent[] {
  const names = new Map(facts.candidacies.map((c) => [c.id, c.fullName]));
  const nameOf = (id: string) => names.get(id) ?? 'a candidate';
  const events: FeedEvent[] = [];
  for (const c of facts.candidacies) {
    const by = c.nominatingState ? ` by ${c.nominatingState}` : '';
    events.push({
      key: `nominations/${c.id}`,
      kind: 'NOMINATION',
      at: c.nominatedAt,
      title: `${c.fullName} nominated${by}`,
      summary: `${c.fullName} was nominated${by}.`,
    });
    if (c.withdrawnAt) {
      events.push({
        key: `withdrawals/${c.id}`,
        kind: 'WITHDRAWAL',
        at: c.withdrawnAt,
        title: `${c.fullName} withdrew`,
        summary: `The candidacy of ${c.fullName} was withdrawn${c.withdrawalReason ? `: ${c.withdrawalReason}` : '.'}`,
      });
    }
  }
  for (const f of facts.flags) {
    const scope = f.scopeValue ? `${words(f.scope)} ${f.scopeValue}` : words(f.scope);
    const change = f.change === 'RAISED' ? 'raised' : f.change === 'CLEARED' ? 'cleared' : 'changed';
    events.push({
      key: `flags/${f.seq}`,
      kind: `FLAG_${f.change}`,
      at: f.at,
      title: `Flag ${change}: ${words(f.kind)} (${scope})`,
      summary: `The ${words(f.kind)} flag for the ${scope} was ${change}: ${f.candidates} candidate(s) for ${f.seats} seat(s).`,
    });
  }
  for (const a of facts.answers) {
    events.push({
      key: `answers/${a.questionnaireId}`,
      kind: 'ANSWERS_PUBLISHED',
      at: a.publishedAt,
      title: `Answers published: ${a.title}`,
      summary: `The nominees' answers to "${a.title}" are public, with the declines and who did not answer.`,
    });
  }
  for (const i of facts.interviews) {
    events.push({
      key: `interviews/${i.interviewId}`,
      kind: 'INTERVIEW_PUBLISHED',
      at: i.publishedAt,
      title: `Interview published: ${nameOf(i.candidacyId)} (${i.panelName})`,
      summary: `${i.panelName} published its interview of ${nameOf(i.candidacyId)}.`,
    });
  }
  for (const r of facts.rounds) {
    const elected = r.elected.map(nameOf);
    const outcome = elected.length ? `${listOf(elected)} elected.` : 'Nobody elected.';
    events.push({
      key: `rounds/${r.number}`,
      kind: 'ROUND_RECORDED',
      at: r.recordedAt,
      title: r.byAcclamation ? `Elected by acclamation on ${r.heldOn}` : `Round ${r.number} of voting (${r.heldOn})`,
      summary: r.byAcclamation ? `${outcome} (by acclamation)` : `Round ${r.number}, held on ${r.heldOn}: ${outcome}`,
    });
  }
  return events
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, FEED_ENTRY_LIMIT);
}

/** Where the feed lives and who names its ids (RFC 4151 tag URIs: stable, never dereferenced). */
export interface FeedPlace {
  /** The public address of the application, e.g. https://elections.example.org. */
  readonly publicUrl: string;
}

function tagFor(place: FeedPlace, specific: string): string {
  // The authority is the public host; the date fixes when it minted these ids.
  return `tag:${new URL(place.publicUrl).hostname},2025:${specific}`;
}

/** The Atom 1.0 document (RFC 4287) of one election's public events. */
export function atomFeed(place: FeedPlace, election: FeedElection, events: readonly FeedEvent[]): string {
  const base = place.publicUrl.replace(/\/+$/, '');
  const self = `${base}/elections/${election.id}/feed.atom`;
  const updated = events[0]?.at ?? election.updatedAt;
  const entry = (e: FeedEvent): XmlElement =>
    element(
      'entry',
      {},
      element('id', {}, tagFor(place, `elections/${election.id}/${e.key}`)),
      element('title', { type: 'text' }, e.title),
      element('updated', {}, e.at.toISOString()),
      element('published', {}, e.at.toISOString()),
      element('category', { term: e.kind, label: words(e.kind) }),
      element('content', { type: 'text' }, e.summary),
    );
  return xmlDocument(
    element(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' },
      element('id', {}, tagFor(place, `elections/${election.id}`)),
      element('title', { type: 'text' }, `${election.title}: public record`),
      element(
        'subtitle',
        { type: 'text' },
        `Nominations, withdrawals, clean-slate flags, published answers and interviews, and rounds of voting (${election.aspSession}).`,
      ),
      element('updated', {}, updated.toISOString()),
      element('author', {}, element('name', {}, 'Elections team')),
      element('link', { rel: 'self', type: 'application/atom+xml', href: self }),
      ...events.map(entry),
    ),
  );
}
