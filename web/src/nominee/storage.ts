// What the page keeps in this tab's sessionStorage: the nominee session (never in the URL) and the
// draft, so a reload, an expired session or a lost connection loses nothing typed. Storage may be
// disabled: then both last as long as the page.
import type { AnswerValue } from './answers.js';

const SESSION_KEY = 'icc-vetting.nominee.session';
const DRAFT_PREFIX = 'icc-vetting.nominee.draft.';

export interface StoredSession {
  readonly token: string;
  readonly expiresAt: string;
  /** Opened with a discussion invitation's code: no questionnaire behind it, only discussions. */
  readonly discussionOnly?: boolean;
}

export interface LocalDraft {
  /** The response version these answers started from. */
  readonly baseVersion: number;
  readonly values: Readonly<Record<string, AnswerValue>>;
  /** Keys changed here and not yet saved. */
  readonly dirty: readonly string[];
}

function read<T>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the page still holds everything
  }
}

export const readSession = (): StoredSession | null => read<StoredSession>(SESSION_KEY);
export const saveSession = (session: StoredSession | null): void => write(SESSION_KEY, session);

export const readDraft = (responseId: string): LocalDraft | null => read<LocalDraft>(DRAFT_PREFIX + responseId);
export const saveDraft = (responseId: string, draft: LocalDraft | null): void =>
  write(DRAFT_PREFIX + responseId, draft);

/**
 * The code from the address's fragment (`/invitation#<code>`), removed from the address bar so it
 * is neither bookmarked nor shown; null when there is none.
 */
export function takeCodeFromFragment(): string | null {
  const code = decodeURIComponent(window.location.hash.replace(/^#/, '')).trim();
  if (!code) return null;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return code;
}
