import { KeepIfAbsent } from '../validation/keep-if-absent.js';
import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, ValidateBy } from 'class-validator';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2023-02-30). */
export function isLocalDate(value: string): boolean {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return (
    date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200
  );
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new GraphQLError('Date must be a calendar day written YYYY-MM-DD, between 1900 and 2200', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** Calendar dates travel as 'YYYY-MM-DD' strings end to end (PostgreSQL `date`), never as instants. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD (no time, no time zone).',
  serialize: (value) => {
    if (typeof value === 'string') return value.slice(0, 10);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError('Date cannot be serialized');
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A `Date` field of an input or args class: the scalar checks the format, and the class-validator
 * mark keeps the field through the whitelisting ValidationPipe.
 */
export function DateField(
  options: {
    nullable?: boolean;
    description?: string;
    /** An optional day of a change that null does not remove (KeepIfAbsent): left out, it is kept. */
    keepIfAbsent?: boolean;
  } = {},
): PropertyDecorator {
  const { keepIfAbsent, ...field } = options;
  return applyDecorators(
    Field(() => LocalDateScalar, field),
    ...(field.nullable ? [keepIfAbsent ? KeepIfAbsent() : IsOptional()] : []),
    ValidateBy({
      name: 'isLocalDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isLocalDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a calendar day written YYYY-MM-DD`,
      },
    }),
  );
}
