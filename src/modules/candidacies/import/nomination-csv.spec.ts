import { DomainError } from '../../../common/errors.js';
import { IMPORT_MAX_ROWS, parseCsv, readNominationCsv, toNominationInput } from './nomination-csv.js';

describe('parseCsv', () => {
  it('reads quoted cells holding separators, doubled quotes and line breaks, with their starting lines', () => {
    const records = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n last , \n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 6, cells: [' last ', ' '] },
    ]);
  });

  it('takes a semicolon as the separator when the header has one and no comma', () => {
    expect(parseCsv('fullName;gender\nAnna, B;FEMALE').map((r) => r.cells)).toEqual([
      ['fullName', 'gender'],
      ['Anna, B', 'FEMALE'],
    ]);
  });

  it('refuses a quote never closed', () => {
    expect(() => parseCsv('a\n"open')).toThrow(DomainError);
  });
});

describe('readNominationCsv', () => {
  it('keys cells by column, whatever the case and blanks of the header, and leaves empty cells out', () => {
    expect(readNominationCsv('Full Name,NATIONALITY,list\n Ana Diaz ,sn,\n')).toEqual([
      { line: 2, values: { fullName: 'Ana Diaz', nationality: 'sn' } },
    ]);
  });

  it.each([
    ['an unknown column', 'fullName,shoeSize\nA,42'],
    ['no fullName column', 'gender\nFEMALE'],
    ['a column twice', 'fullName,fullName\nA,B'],
    ['no row', 'fullName\n'],
    ['too many rows', `fullName\n${'A\n'.repeat(IMPORT_MAX_ROWS + 1)}`],
  ])('refuses the whole file for %s, naming the csv field', (_, text) => {
    try {
      readNominationCsv(text);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).extensions.fields).toEqual([expect.objectContaining({ field: 'csv' })]);
    }
  });
});

describe('toNominationInput', () => {
  it('gives the shape nominateCandidate takes, codes in their cases, lists of codes split', () => {
    const [row] = readNominationCsv(
      'fullName,gender,nationality,nominatingState,list,nominationProcedure,post,otherNationalities,languages\n' +
        'Ana Diaz,female,sn,sn,a,icj_procedure,2,"fr gh",EN;FR',
    );
    expect(toNominationInput('e1', row)).toEqual({
      electionId: 'e1',
      person: {
        fullName: 'Ana Diaz',
        gender: 'FEMALE',
        nationality: 'SN',
        otherNationalities: ['FR', 'GH'],
        languages: ['en', 'fr'],
      },
      nominatingState: 'SN',
      list: 'A',
      nominationProcedure: 'ICJ_PROCEDURE',
      post: 2,
    });
  });

  it('dates a row without a day on the day given for the import, and keeps a row’s own', () => {
    const [undated, dated] = readNominationCsv('fullName,nominatedOn\nA B,\nC D,2026-03-01');
    expect(toNominationInput('e1', undated, '2026-03-04').nominatedOn).toBe('2026-03-04');
    expect(toNominationInput('e1', dated, '2026-03-04').nominatedOn).toBe('2026-03-01');
    expect('nominatedOn' in toNominationInput('e1', undated)).toBe(false);
  });

  it('passes a post that is not a number on as it is, for the validation to refuse', () => {
    const [row] = readNominationCsv('fullName,post\nA B,two');
    expect(toNominationInput('e1', row).post).toBe('two');
  });
});
