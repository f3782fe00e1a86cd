import { countryName, languageName } from './names.js';

describe('countries and languages named in the reader’s language', () => {
  it('names a State, a nationality and a language from their codes, in English and French', () => {
    expect(countryName('SN', 'en')).toBe('Senegal');
    expect(countryName('SN', 'fr')).toBe('Sénégal');
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('en', 'fr')).toBe('anglais');
  });

  it('falls back to the name the API gave, or to the code, for what it does not know', () => {
    expect(countryName('XY', 'en', 'Somewhere')).toBe('Somewhere');
    expect(countryName('not a code', 'fr')).toBe('not a code');
    expect(languageName('qqq', 'en')).toBe('qqq');
  });
});
