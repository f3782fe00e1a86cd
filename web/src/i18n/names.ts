import { DATE_LOCALES } from './dates.js';
import type { Language } from './catalogues.js';

/**
 * A country (ISO 3166 code: a nationality, a nominating State) or a language (ISO 639 code) named in
 * the reader's language ("Sénégal", "anglais"), as the browser's Intl knows them; the code itself
 * where it does not, or the name the API gave.
 */
export function countryName(code: string, language: Language, fallback?: string): string {
  return displayName('region', code, language) ?? fallback ?? code;
}

export function languageName(code: string, language: Language): string {
  return displayName('language', code, language) ?? code;
}

// One Intl.DisplayNames per kind and language: a table names a State on every row.
const namers = new Map<string, Intl.DisplayNames>();

function displayName(type: 'region' | 'language', code: string, language: Language): string | undefined {
  const key = `${type}:${language}`;
  let namer = namers.get(key);
  if (!namer) namers.set(key, (namer = new Intl.DisplayNames([DATE_LOCALES[language]], { type, fallback: 'none' })));
  try {
    const name = namer.of(code);
    return name || undefined;
  } catch {
    return undefined; // not a well-formed code
  }
}
