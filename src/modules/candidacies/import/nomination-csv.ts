import { badInput } from '../../../common/errors.js';

/** The columns an import may have, named as NominateCandidateInput's fields (case and blanks ignored). */
export const IMPORT_COLUMNS = [
  'fullName',
  'gender',
  'nationality',
  'nominatingState',
  'list',
  'nominationProcedure',
  'post',
  'nominatedOn',
  'contactEmail',
  'otherNationalities',
  'languages',
  'biography',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

// More rows than any election has ever had nominations (the largest, 2020's judges, had 20).
export const IMPORT_MAX_ROWS = 200;

export interface CsvRecord {
  /** The line of the file the record starts on (the header is line 1). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface NominationRow {
  readonly line: number;
  readonly values: Readonly<Partial<Record<ImportColumn, string>>>;
}

/**
 * RFC 4180 CSV: quoted cells may hold the separator, doubled quotes and line breaks; CRLF or LF; a
 * leading byte-order mark is ignored. The separator is a comma, or a semicolon when the header holds
 * one and no comma (what spreadsheets save in French locales).
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < source.length) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      line += 1;
      start = line;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (quoted) {
    throw badInput('The CSV text ends inside a quoted cell', [
      { field: 'csv', problems: [`a quote opened on line ${start} is never closed`] },
    ]);
  }
  endRecord();
  return records;
}

const normalise = (name: string) => name.replace(/[\s_-]/g, '').toLowerCase();
const BY_NAME = new Map(IMPORT_COLUMNS.map((c) => [normalise(c), c]));

/** The rows of an import, keyed by column; a header that cannot be read refuses the whole file. */
export function readNominationCsv(text: string): NominationRow[] {
  const [header, ...records] = parseCsv(text);
  if (!header) throw badInput('The CSV text is empty', [{ field: 'csv', problems: ['a header row is required'] }]);
  const columns = header.cells.map((name) => BY_NAME.get(normalise(name)) ?? null);
  const unknown = header.cells.filter((_, i) => columns[i] === null);
  const problems: string[] = [];
  if (unknown.length) problems.push(`unknown columns: ${unknown.map((u) => u.trim()).join(', ')}`);
  const duplicates = IMPORT_COLUMNS.filter((c) => columns.filter((x) => x === c).length > 1);
  if (duplicates.length) problems.push(`columns given twice: ${duplicates.join(', ')}`);
  if (!columns.includes('fullName')) problems.push('the fullName column is required');
  if (records.length === 0) problems.push('no nomination below the header');
  if (records.length > IMPORT_MAX_ROWS) problems.push(`at most ${IMPORT_MAX_ROWS} nominations in one import`);
  if (problems.length)
    throw badInput(`The CSV text cannot be imported: ${problems.join('; ')}`, [{ field: 'csv', problems }]);
  return records.map(({ line, cells }) => {
    const values: Partial<Record<ImportColumn, string>> = {};
    columns.forEach((column, i) => {
      const value = (cells[i] ?? '').trim();
      if (column && value !== '') values[column] = value;
    });
    return { line, values };
  });
}

const codes = (cell: string) => cell.split(/[\s,;]+/).filter(Boolean);

/**
 * A row as the plain object a client would send to nominateCandidate: validated afterwards by the same
 * pipe as every input, so a wrong cell is refused exactly as the API refuses that field.
 */
export function toNominationInput(
  electionId: string,
  { values: v }: NominationRow,
  /** The day of a row that gives none (else the API's default). */
  nominatedOn?: string,
): Record<string, unknown> {
  const upper = (cell: string | undefined) => cell?.toUpperCase();
  const person: Record<string, unknown> = {
    fullName: v.fullName ?? '',
    gender: upper(v.gender),
    nationality: upper(v.nationality),
    contactEmail: v.contactEmail,
    biography: v.biography,
    otherNationalities: v.otherNationalities ? codes(v.otherNationalities).map((c) => c.toUpperCase()) : undefined,
    languages: v.languages ? codes(v.languages).map((c) => c.toLowerCase()) : undefined,
  };
  const input: Record<string, unknown> = {
    electionId,
    person: dropUndefined(person),
    nominatingState: upper(v.nominatingState),
    list: upper(v.list),
    nominationProcedure: upper(v.nominationProcedure),
    post: v.post !== undefined && /^\d{1,3}$/.test(v.post) ? Number(v.post) : v.post,
    nominatedOn: v.nominatedOn ?? nominatedOn,
  };
  return dropUndefined(input);
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined));
}
