import { catalogues } from './catalogues.js';
import './console-catalogues.js';
import './observer-catalogues.js';
import { lookup, messageKeys } from './messages.js';

describe('the English and French catalogues', () => {
  it('have exactly the same keys', () => {
    const en = messageKeys(catalogues.en).sort();
    const fr = messageKeys(catalogues.fr).sort();
    expect(en.filter((k) => !fr.includes(k))).toEqual([]);
    expect(fr.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.length).toBeGreaterThan(10);
    // The console's messages, loaded with its chunk, are compared too.
    expect(en.filter((k) => k.startsWith('console.')).length).toBeGreaterThan(100);
  });

  it('use the same placeholders in both languages', () => {
    // A plural's number counts as its placeholder ({count, plural, ...} in one language, {count} in the other).
    const placeholders = (text: string) =>
      [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
    for (const key of messageKeys(catalogues.en)) {
      expect([key, placeholders(lookup(catalogues.fr, key))]).toEqual([key, placeholders(lookup(catalogues.en, key))]);
    }
  });

  it('write plurals that both languages can resolve, at 0, 1 and 2', () => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      for (const key of messageKeys(catalogue)) {
        const text = lookup(catalogue, key);
        const counts = [...text.matchAll(/\{(\w+), plural,/g)].map((m) => m[1]);
        if (counts.length > 0) {
          for (const n of [0, 1, 2]) {
            // Every other placeholder filled too: nothing in braces may be left.
            const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
            const params = Object.fromEntries([...names.map((x) => [x, 'x']), ...counts.map((x) => [x, n])]);
            expect([language, key, n, /[{}#]/.test(lookup(catalogue, key, params, language))]).toEqual([
              language,
              key,
              n,
              false,
            ]);
          }
        }
      }
    }
  });

  it('have no empty message', () => {
    for (const language of [catalogues.en, catalogues.fr]) {
      for (const key of messageKeys(language))
        expect([key, lookup(language, key).trim().length > 0]).toEqual([key, true]);
    }
  });
});

describe('lookup', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const catalogue = { a: { b: 'Saved at {time} by {who}' } };
    expect(lookup(catalogue, 'a.b', { time: '14:02' })).toBe('Saved at 14:02 by {who}');
  });

  it('chooses the plural form by the language’s rules, or the exact number', () => {
    const catalogue = { n: '{count, plural, =0 {No entry} one {# entry} other {# entries}} for {who}' };
    const en = (count: number) => lookup(catalogue, 'n', { count, who: 'Ada' }, 'en');
    expect([en(0), en(1), en(2), en(21)]).toEqual([
      'No entry for Ada',
      '1 entry for Ada',
      '2 entries for Ada',
      '21 entries for Ada',
    ]);
    // French counts 0 and 1 (and 1.5) as singular.
    const fr = { n: '{count, plural, one {# élection} other {# élections}}' };
    expect([0, 1, 2].map((count) => lookup(fr, 'n', { count }, 'fr'))).toEqual([
      '0 élection',
      '1 élection',
      '2 élections',
    ]);
    // Without the number, the text stays visible as it is.
    expect(lookup(fr, 'n', {}, 'fr')).toBe(fr.n);
  });

  it('answers the key itself when it is missing', () => {
    expect(lookup({}, 'x.y')).toBe('x.y');
  });
});
