/** Pure arithmetic of the sign-in throttle: fixed windows per address, back-off per account. */

export const WINDOW_MS = 60_000;

/** Consecutive failed sign-ins for one e-mail before each further attempt waits. */
export const BACKOFF_AFTER_FAILURES = 5;
export const BACKOFF_BASE_SECONDS = 30;
export const BACKOFF_MAX_SECONDS = 15 * 60;
/** An account's failures are forgotten after this long without an attempt. */
export const BACKOFF_FORGET_MS = 24 * 3600_000;

/** Start of the fixed window holding `now`. */
export function windowStart(now: Date, windowMs = WINDOW_MS): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Whole seconds from `now` until `until` (at least 1, as `Retry-After` means "try again then"). */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/**
 * How long an account waits after its `failures`-th consecutive failure: nothing before the
 * threshold, then the base delay, doubling with each further failure, capped.
 */
export function backoffSeconds(failures: number): number {
  if (failures < BACKOFF_AFTER_FAILURES) return 0;
  const doublings = Math.min(failures - BACKOFF_AFTER_FAILURES, 20);
  return Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** doublings);
}
