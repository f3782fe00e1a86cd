import { InterviewStatus, InterviewTask, RecusalGround } from './interviews.enums.js';
import type { PanelStanding } from './publication-policy.js';
import { waitingFor, type WaitingInterview } from './waiting.rules.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const member: PanelStanding = { kind: 'member', memberId: 'm', isChair: false, recusal: null };
const chair: PanelStanding = { kind: 'member', memberId: 'c', isChair: true, recusal: null };
const recused: PanelStanding = {
  kind: 'member',
  memberId: 'r',
  isChair: false,
  recusal: { memberId: 'r', candidacyId: 'x', ground: RecusalGround.DECLARED_CONFLICT, reason: 'Former colleague' },
};
const officer: PanelStanding = { kind: 'officer' };

const interview = (over: Partial<WaitingInterview> = {}): WaitingInterview => ({
  status: InterviewStatus.HELD,
  scheduledAt: new Date('2026-02-01T10:00:00Z'),
  conclusionOverall: null,
  publishedAt: null,
  ...over,
});

describe('waitingFor', () => {
  it('asks a member to record an interview once its time has come, not before', () => {
    const scheduled = interview({ status: InterviewStatus.SCHEDULED });
    expect(waitingFor(member, scheduled, null, NOW)).toEqual([InterviewTask.RECORD_INTERVIEW]);
    const later = interview({ status: InterviewStatus.SCHEDULED, scheduledAt: new Date('2026-04-01T10:00:00Z') });
    expect(waitingFor(member, later, null, NOW)).toEqual([]);
  });

  it('asks a member for their own scores until they give them, or again when the chair reopens them', () => {
    expect(waitingFor(member, interview(), null, NOW)).toEqual([InterviewTask.ASSESS]);
    expect(waitingFor(member, interview(), { reopenedAt: null }, NOW)).toEqual([]);
    expect(waitingFor(member, interview(), { reopenedAt: NOW }, NOW)).toEqual([InterviewTask.ASSESS]);
  });

  it('asks the chair to conclude, and nobody to score once concluded', () => {
    expect(waitingFor(chair, interview(), { reopenedAt: null }, NOW)).toEqual([InterviewTask.CONCLUDE]);
    expect(waitingFor(chair, interview({ conclusionOverall: 'QUALIFIED' }), null, NOW)).toEqual([]);
  });

  it('asks officers to publish a concluded interview, and nothing once published', () => {
    expect(waitingFor(officer, interview(), null, NOW)).toEqual([]);
    expect(waitingFor(officer, interview({ conclusionOverall: 'QUALIFIED' }), null, NOW)).toEqual([
      InterviewTask.PUBLISH,
    ]);
    expect(waitingFor(officer, interview({ conclusionOverall: 'QUALIFIED', publishedAt: NOW }), null, NOW)).toEqual([]);
  });

  it('owes nothing to a recused member, an outsider, or anyone on a cancelled interview', () => {
    expect(waitingFor(recused, interview(), null, NOW)).toEqual([]);
    expect(waitingFor({ kind: 'outsider' }, interview(), null, NOW)).toEqual([]);
    expect(waitingFor(chair, interview({ status: InterviewStatus.CANCELLED }), null, NOW)).toEqual([]);
  });
});
