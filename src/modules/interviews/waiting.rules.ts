import { InterviewStatus, InterviewTask } from './interviews.enums.js';
import type { PanelStanding } from './publication-policy.js';

export interface WaitingInterview {
  readonly status: InterviewStatus;
  readonly scheduledAt: Date;
  readonly conclusionOverall: string | null;
  readonly publishedAt: Date | null;
}

/**
 * What an interview waits for from the caller, in the order it is done; each step is one the API
 * would accept from them now (a recused member and an outsider are owed nothing).
 */
export function waitingFor(
  standing: PanelStanding,
  interview: WaitingInterview,
  own: { readonly reopenedAt: Date | null } | null,
  now: Date,
): InterviewTask[] {
  if (interview.publishedAt) return [];
  if (standing.kind === 'officer') {
    return interview.status === InterviewStatus.HELD && interview.conclusionOverall ? [InterviewTask.PUBLISH] : [];
  }
  if (standing.kind !== 'member' || standing.recusal) return [];
  if (interview.status === InterviewStatus.SCHEDULED) {
    return interview.scheduledAt <= now ? [InterviewTask.RECORD_INTERVIEW] : [];
  }
  if (interview.status !== InterviewStatus.HELD || interview.conclusionOverall) return [];
  const tasks: InterviewTask[] = [];
  // Reopened by the chair: the member owes one revision.
  if (!own || own.reopenedAt) tasks.push(InterviewTask.ASSESS);
  if (standing.isChair) tasks.push(InterviewTask.CONCLUDE);
  return tasks;
}
