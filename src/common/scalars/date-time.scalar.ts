import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Instants outside these years are typing mistakes or probes, never election business. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

// RFC 3339 date-time: seconds and an offset (Z or ±HH:MM) are required, so no instant depends on
// the server's time zone.
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * The instant written as an RFC 3339 date-time with an offset, between the years 1900 and 2200
 * (UTC) and with every field real (no 30 February, no 24:00, no offset beyond ±23:59); else null.
 */
export function parseInstant(text: string): Date | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction = '', zulu, sign, offsetHours, offsetMinutes] = match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const calendar = new Date(Date.UTC(y, mo - 1, d));
  if (calendar.getUTCFullYear() !== y || calendar.getUTCMonth() !== mo - 1 || calendar.getUTCDate() !== d) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  let offset = 0;
  if (!zulu) {
    const [oh, om] = [Number(offsetHours), Number(offsetMinutes)];
    if (oh > 23 || om > 59) return null;
    offset = (sign === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const instant = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60_000);
  const utcYear = instant.getUTCFullYear();
  return utcYear >= FIRST_YEAR && utcYear <= LAST_YEAR ? instant : null;
}

function refuse(): never {
  throw new GraphQLError(
    `DateTime must be written like 2026-03-01T09:30:00Z or 2026-03-01T10:30:00+01:00 (seconds and offset required), between ${FIRST_YEAR} and ${LAST_YEAR}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

function parse(value: unknown): Date {
  const instant = typeof value === 'string' ? parseInstant(value) : null;
  return instant ?? refuse();
}

/**
 * Replaces the framework's `DateTime`, which accepted anything `new Date()` does (year 0,
 * year 275760, "2026-03-01" read in the server's zone) and failed later inside PostgreSQL.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: `An instant, written as an RFC 3339 date-time with seconds and an offset: 2026-03-01T09:30:00Z or 2026-03-01T10:30:00+01:00; years ${FIRST_YEAR} to ${LAST_YEAR}. Always answered in UTC (Z), with milliseconds.`,
  serialize: (value) => {
    const instant = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!instant || Number.isNaN(instant.getTime())) throw new GraphQLError('DateTime cannot be serialized');
    return instant.toISOString();
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) refuse();
    return parse(ast.value);
  },
});
