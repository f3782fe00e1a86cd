import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput, type FieldProblem } from '../errors.js';

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own: FieldProblem[] = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Inputs are whitelisted and validated; a failure is BAD_USER_INPUT naming each field. Text that
 * cannot be stored (NUL, unpaired surrogates) is refused once per request, before execution, by
 * the text-input plugin, not here once per resolver argument.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
