import { catalogues } from './catalogues.js';
import './console-catalogues.js';
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
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of messageKeys(catalogues.en)) {
      expect([key, placeholders(lookup(catalogues.fr, key))]).toEqual([key, placeholders(lookup(catalogues.en, key))]);
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

  it('answers the key itself when it is missing', () => {
    expect(lookup({}, 'x.y')).toBe('x.y');
  });
});
