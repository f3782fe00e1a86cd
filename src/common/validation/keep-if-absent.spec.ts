import { IsString, validateSync } from 'class-validator';
import { KeepIfAbsent } from './keep-if-absent.js';

class Change {
  @KeepIfAbsent()
  @IsString()
  title?: string | null;
}

const problems = (value: unknown): string[] => {
  const change = Object.assign(new Change(), value === undefined ? {} : { title: value });
  return validateSync(change).flatMap((e) => Object.values(e.constraints ?? {}));
};

describe('KeepIfAbsent', () => {
  it('lets the field be left out', () => {
    expect(problems(undefined)).toEqual([]);
  });

  it('refuses null, saying how to keep the value', () => {
    expect(problems(null)).toContain('title cannot be removed: leave it out to keep it');
  });

  it("checks a value given with the field's other validators", () => {
    expect(problems('A title')).toEqual([]);
    expect(problems(42)).toEqual(['title must be a string']);
  });
});
