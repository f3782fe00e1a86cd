// Discussions are scheduled in the time zone where they are held: the officer types that wall-clock
// time, the API takes an instant. Intl knows the zones' rules (summer time included).

/** The wall-clock time an instant shows in a time zone, as YYYY-MM-DDTHH:mm (as the API's localStartsAt). */
export function localOf(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClockMs(local: string): number | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  // Rejects 2030-02-30 and 25:00, which Date.UTC would quietly roll over.
  return new Date(ms).toISOString().slice(0, 16) === local ? ms : null;
}

/**
 * The instant at which the clocks of `timeZone` show `local` (YYYY-MM-DDTHH:mm); null for a
 * malformed value, an unknown zone, or a time the zone skips when its clocks go forward.
 */
export function instantOf(local: string, timeZone: string): Date | null {
  const wall = wallClockMs(local);
  if (wall === null) return null;
  try {
    const offsetAt = (instant: number) => (wallClockMs(localOf(new Date(instant), timeZone)) ?? instant) - instant;
    let guess = wall - offsetAt(wall);
    guess = wall - offsetAt(guess);
    return localOf(new Date(guess), timeZone) === local ? new Date(guess) : null;
  } catch {
    return null;
  }
}

/** The IANA zones this browser knows, with the one given kept even if missing from the list. */
export function timeZones(keep: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return known.includes(keep) ? known : [keep, ...known];
}
