import { validate } from 'class-validator';
import { isNotBlank, NotBlank } from './not-blank.js';

class Reason {
  @NotBlank(3)
  reason: string;
}

class Name {
  @NotBlank()
  name: string;
}

const problems = async <T extends object>(cls: new () => T, value: Partial<T>) =>
  (await validate(Object.assign(new cls(), value))).map((e) => [e.property, Object.keys(e.constraints ?? {})]);

describe('NotBlank', () => {
  it.each([' ', '   ', '\t\n', '\u00a0\u00a0\u00a0', '\u3000'])('refuses blank text %j', async (text) => {
    expect(isNotBlank(text)).toBe(false);
    await expect(problems(Name, { name: text })).resolves.toEqual([['name', ['notBlank']]]);
  });

  it('counts the trimmed characters against the minimum', async () => {
    await expect(problems(Reason, { reason: '  ab  ' })).resolves.toEqual([['reason', ['notBlank']]]);
    await expect(problems(Reason, { reason: ' abc ' })).resolves.toEqual([]);
  });

  it('refuses what is not a string', () => {
    expect(isNotBlank(undefined)).toBe(false);
    expect(isNotBlank(42)).toBe(false);
    expect(isNotBlank('x')).toBe(true);
  });
});
