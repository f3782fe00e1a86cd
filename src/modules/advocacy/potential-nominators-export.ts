import { csvCell } from '../questionnaires/responses-export.js';
import type { SlateFlag } from '../slate/index.js';
import { flagsText } from './potential-nominators.js';

export interface PotentialNominatorRow {
  readonly regionalGroup: string;
  readonly stateCode: string;
  readonly stateName: string;
  readonly groupFlags: readonly SlateFlag[];
  readonly lastContactedOn: string | null;
  readonly lastChannel: string | null;
  readonly lastOutcome: string | null;
  readonly contacts: number;
}

/** UTF-8 with a byte-order mark, formula-safe cells (csvCell): one row per State to contact, for mail merge. */
export function potentialNominatorsCsv(rows: readonly PotentialNominatorRow[]): string {
  const header = [
    'regional_group',
    'state_code',
    'state_name',
    'group_flags',
    'last_contacted_on',
    'last_channel',
    'last_outcome',
    'contacts',
  ];
  const lines = rows.map((r) =>
    [
      r.regionalGroup,
      r.stateCode,
      r.stateName,
      flagsText(r.groupFlags),
      r.lastContactedOn ?? '',
      r.lastChannel ?? '',
      r.lastOutcome ?? '',
      String(r.contacts),
    ]
      .map(csvCell)
      .join(','),
  );
  return '\uFEFF' + [header.join(','), ...lines].join('\r\n') + '\r\n';
}
