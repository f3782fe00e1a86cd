// The staff session, kept in this tab's sessionStorage so a reload keeps it and closing the tab ends
// it. Storage may be disabled: the session then lasts as long as the page.
import type { ConsoleStaffFragment } from '../gql/graphql.js';

const KEY = 'icc-vetting.console.session';

export type StaffUser = ConsoleStaffFragment;

export interface Session {
  readonly token: string;
  readonly expiresAt: string;
  readonly user: StaffUser;
}

export function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage full or disabled: the page still holds the session
  }
}

export const isExpired = (session: Session, now = Date.now()): boolean => new Date(session.expiresAt).getTime() <= now;
