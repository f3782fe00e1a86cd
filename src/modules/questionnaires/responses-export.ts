import type { ResponseOutcome } from './questionnaires.rules.js';
import type { AnswerValue, Question } from './questions.js';

export interface ExportRow {
  readonly candidacyId: string;
  readonly fullName: string;
  readonly nominatingState: string;
  readonly outcome: ResponseOutcome;
  readonly submittedAt: Date | null;
  readonly submittedLate: boolean;
  readonly declineReason: string | null;
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

function cellText(value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join('; ');
  return value;
}

/**
 * One CSV cell: quoted when needed, and a leading = + - @ (or tab, CR) neutralised so a spreadsheet
 * never runs a nominee's text as a formula (OWASP CSV injection).
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark so spreadsheets open it as UTF-8; one row per candidacy, one column per question. */
export function responsesCsv(questions: readonly Question[], rows: readonly ExportRow[]): string {
  const header = [
    'candidacy_id',
    'full_name',
    'nominating_state',
    'outcome',
    'submitted_at',
    'submitted_late',
    'decline_reason',
    ...questions.map((q) => q.key),
  ];
  const lines = rows.map((r) =>
    [
      r.candidacyId,
      r.fullName,
      r.nominatingState,
      r.outcome,
      r.submittedAt?.toISOString() ?? '',
      r.submittedLate ? 'yes' : 'no',
      r.declineReason ?? '',
      ...questions.map((q) => cellText(r.answers[q.key])),
    ]
      .map(csvCell)
      .join(','),
  );
  return '\uFEFF' + [header.join(','), ...lines].join('\r\n') + '\r\n';
}
