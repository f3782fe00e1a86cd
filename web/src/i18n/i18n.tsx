import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalogues, LANGUAGES, type Catalogue, type Language } from './catalogues.js';
import { dateFormatter } from './dates.js';
import { lookup, type MessageKey } from './messages.js';

const STORAGE_KEY = 'icc-vetting.language';

export type Key = MessageKey<Catalogue>;
export type Translate = (key: Key, params?: Record<string, string | number>) => string;

export interface I18n {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: Translate;
  /** A date and time in the reader's language, with the time zone named. */
  readonly dateTime: (iso: string) => string;
  /** A time of day (hours and minutes) in the reader's language. */
  readonly time: (date: Date) => string;
  /** A calendar date (YYYY-MM-DD, no time zone) in the reader's language. */
  readonly date: (isoDate: string) => string;
}

/**
 * Words written in the reader's language when they are shown, not when they were decided: an error
 * shown before a switch of language is said again in the new one.
 */
export type Localized = (i18n: I18n) => string;

function initialLanguage(): Language {
  const stored = readStored();
  if (stored) return stored;
  return navigator.languages.some((l) => l.toLowerCase().startsWith('fr')) ? 'fr' : 'en';
}

function readStored(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.find((l) => l === value) ?? null;
  } catch {
    return null; // storage disabled: the choice then lasts for the visit
  }
}

const Context = createContext<I18n | null>(null);

export function I18nProvider({ children, language: forced }: { children: ReactNode; language?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => forced ?? initialLanguage());

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage disabled: the choice lasts for the visit
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(() => {
    const catalogue = catalogues[language];
    const dateTime = dateFormatter(language, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    const time = dateFormatter(language, { hour: '2-digit', minute: '2-digit' });
    // A calendar date has no time zone: format it as UTC so no reader sees the day before.
    const date = dateFormatter(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    return {
      language,
      setLanguage,
      t: (key, params) => lookup(catalogue, key, params, language),
      dateTime: (iso) => dateTime(new Date(iso)),
      time,
      date: (isoDate) => date(new Date(`${isoDate}T00:00:00Z`)),
    };
  }, [language, setLanguage]);

  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
