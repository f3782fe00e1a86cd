import { parse } from 'graphql';
import { unstorableText, unstorableTextIn } from './text-input.plugin.js';

const LONE_HIGH = '\ud800';
const LONE_LOW = '\udc00';

describe('text that cannot be stored', () => {
  it.each(['', 'plain', '𝕳𝖊𝖑𝖑𝖔 🌍', '\u202eevil', 'é\u0301'])('accepts %p', (text) => {
    expect(unstorableText(text)).toBeNull();
  });

  it.each([`a${LONE_HIGH}`, `${LONE_LOW}b`, `${LONE_LOW}${LONE_HIGH}`, `🌍${LONE_HIGH}`, 'a\u0000b'])(
    'refuses %p',
    (text) => {
      expect(unstorableText(text)).not.toBeNull();
    },
  );

  it('finds NUL and unpaired surrogates anywhere in the variables, naming the path', () => {
    const variables = {
      input: { title: 'a\u0000b', tags: ['ok', `x${LONE_HIGH}`], person: { names: [{ given: LONE_LOW }] } },
      first: 5,
      ok: null,
    };
    expect(unstorableTextIn(undefined, variables)).toEqual([
      { field: 'input.title', problems: ['contains a NUL character'] },
      { field: 'input.tags.1', problems: ['contains an unpaired UTF-16 surrogate'] },
      { field: 'input.person.names.0.given', problems: ['contains an unpaired UTF-16 surrogate'] },
    ]);
  });

  it('finds them in the string literals of the document, anywhere', () => {
    const document = parse(
      `query($t: String = "d\\u0000") { a(x: "fine", y: { z: ["\\u0000"] }) @include(if: true) { b(c: """\u0000""") } }`,
    );
    expect(unstorableTextIn(document, {}).map((f) => f.field)).toEqual(['query', 'query', 'query']);
  });

  it('walks deeply nested variables without recursion', () => {
    let deep: unknown = `x${LONE_HIGH}`;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(unstorableTextIn(undefined, { deep })).toHaveLength(1);
  });
});
