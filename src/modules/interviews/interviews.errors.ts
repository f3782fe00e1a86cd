import { forbidden, ruleViolation, type DomainError } from '../../common/errors.js';
import type { Recusal } from './recusal.rules.js';

/** Rules of the panels and interviews process, named in `extensions.rule`. */
export const InterviewRule = {
  CANDIDACY_NOT_COVERED_BY_PANEL: 'CANDIDACY_NOT_COVERED_BY_PANEL',
  CANDIDACY_NOT_ACTIVE: 'CANDIDACY_NOT_ACTIVE',
  PANEL_HAS_A_CHAIR: 'PANEL_HAS_A_CHAIR',
  STAFF_USER_NOT_PANEL_MEMBER: 'STAFF_USER_NOT_PANEL_MEMBER',
  INTERVIEW_NOT_SCHEDULED: 'INTERVIEW_NOT_SCHEDULED',
  INTERVIEW_NOT_HELD: 'INTERVIEW_NOT_HELD',
  INTERVIEW_PUBLISHED: 'INTERVIEW_PUBLISHED',
  CONCLUSION_RECORDED: 'CONCLUSION_RECORDED',
  NO_CONCLUSION: 'NO_CONCLUSION',
  MEMBER_RECUSED: 'MEMBER_RECUSED',
  /** Blind scoring: once a member has seen the others' scores, only the chair's reopening allows a revision. */
  ASSESSMENT_LOCKED_AFTER_DISCLOSURE: 'ASSESSMENT_LOCKED_AFTER_DISCLOSURE',
  ASSESSMENT_NOT_LOCKED: 'ASSESSMENT_NOT_LOCKED',
} as const;

/** A recused member may not see or record anything beyond the public record of the candidacy. */
export const recusedError = (recusal: Recusal): DomainError =>
  forbidden('You are recused from this candidacy', { reason: 'RECUSED', recusal: { ...recusal } });

export const notAMemberError = (): DomainError =>
  forbidden('You do not sit on this panel', { reason: 'NOT_A_PANEL_MEMBER' });

export const notChairError = (what = 'records its conclusion'): DomainError =>
  forbidden(`Only the panel's chair ${what}`, { reason: 'NOT_CHAIR' });

export const notReady = (rule: string, message: string, details: Record<string, unknown> = {}): DomainError =>
  ruleViolation(rule, message, details);
