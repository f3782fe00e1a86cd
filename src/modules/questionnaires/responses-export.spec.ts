import { csvCell, responsesCsv } from './responses-export.js';
import type { Question } from './questions.js';
import { ResponseOutcome } from './questionnaires.rules.js';

describe('CSV export', () => {
  it('quotes what needs quoting and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });

  it('writes a BOM, a header with one column per question, and one row per candidacy', () => {
    const questions: Question[] = [
      { key: 'bio', kind: 'TEXT', required: true, promptEn: 'Bio', promptFr: 'Bio' },
      { key: 'ok', kind: 'YES_NO', required: true, promptEn: 'OK?', promptFr: 'OK ?' },
    ];
    const csv = responsesCsv(questions, [
      {
        candidacyId: 'c1',
        fullName: 'Zoë Ndiaye',
        nominatingState: 'SN',
        outcome: ResponseOutcome.SUBMITTED,
        submittedAt: new Date('2026-01-02T03:04:05Z'),
        submittedLate: false,
        declineReason: null,
        answers: { bio: 'Juge, 20 ans', ok: true },
      },
      {
        candidacyId: 'c2',
        fullName: 'B',
        nominatingState: 'GH',
        outcome: ResponseOutcome.NO_RESPONSE,
        submittedAt: null,
        submittedLate: false,
        declineReason: null,
        answers: {},
      },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'candidacy_id,full_name,nominating_state,outcome,submitted_at,submitted_late,decline_reason,bio,ok',
      'c1,Zoë Ndiaye,SN,SUBMITTED,2026-01-02T03:04:05.000Z,no,,"Juge, 20 ans",yes',
      'c2,B,GH,NO_RESPONSE,,no,,,',
      '',
    ]);
  });
});
