import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
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
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const type: unknown = metadata.type;
    if (typeof type === 'number' && type !== GRAPHQL_ARGS) return false;
    return super.toValidate(metadata);
  }
}

/**
 * Inputs are whitelisted and validated; a failure is BAD_USER_INPUT naming each field. Text that
 * cannot be stored (NUL, unpaired surrogates) is refused once per request, before execution, by
 * the text-input plugin, not here once per resolver argument.
 */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return badInput(`Invalid input: ${fields.map((f) => f.field).join(', ')}`, fields);
    },
  });
}
