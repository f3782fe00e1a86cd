import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { badInput, type FieldProblem } from '../errors.js';

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own: FieldProblem[] = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * In GraphQL, only a resolver's arguments (`@Args`) are input. Nest hands the pipe every decorated
 * parameter, numbered by GqlParamtype, and the parent object of a field resolver (`@Parent`, typed
 * with its model class) would otherwise be copied and validated on every call of every field.
 */
// GqlParamtype.ARGS in @nestjs/graphql (its enum is not exported); the unit spec pins it.
const GRAPHQL_ARGS = 3;

class InputValidationPipe extends ValidationPipe {
  /** Argument classes found valid when the field is given no argument at all (see transform). */
  private readonly validWhenEmpty = new WeakSet<object>();

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const type: unknown = metadata.type;
    if (typeof type === 'number' && type !== GRAPHQL_ARGS) return false;
    return super.toValidate(metadata);
  }

  /**
   * A field given no argument (e.g. each candidacy's `response` in a dossier) gets an empty object
   * once per row: its verdict depends only on the class, so once valid it is only built again.
   */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    const empty = (metadata.type as unknown) === GRAPHQL_ARGS && metatype && isEmptyPlainObject(value);
    if (!empty) return super.transform(value, metadata);
    if (this.validWhenEmpty.has(metatype)) return plainToInstance(metatype, {}, this.transformOptions);
    const result: unknown = await super.transform(value, metadata);
    this.validWhenEmpty.add(metatype);
    return result;
  }
}

function isEmptyPlainObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const _ in value) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}

/**
 * Inputs are whitelisted and validated; a failure is BAD_USER_INPUT naming each field. Text that
 * cannot be stored (NUL, unpaired surrogates) is refused once per request, before execution, by
 * the text-input plugin, not here once per resolver argument.
 */
/** What the pipe does with input: whitelisted, transformed into its class, validated. */
const VALIDATION = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  validationError: { target: false, value: false },
} as const;

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    ...VALIDATION,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return badInput(`Invalid input: ${fields.map((f) => f.field).join(', ')}`, fields);
    },
  });
}

/**
 * A resolver's arguments as the pipe would hand them over (an instance of their class), or null
 * where the pipe would refuse them: for the compiled reads (public-reads/), which answer without
 * the resolvers and leave what the pipe refuses to them, to be refused with its errors.
 */
export function validArguments<T extends object>(metatype: new () => T, value: object): T | null {
  const { transform: _, ...options } = VALIDATION;
  const args = plainToInstance(metatype, value);
  return validateSync(args, options).length ? null : args;
}
