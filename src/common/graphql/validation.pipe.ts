import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput, type FieldProblem } from '../errors.js';

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own: FieldProblem[] = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
}

/**
 * Paths of strings holding a NUL character, which PostgreSQL text cannot store. Walks only plain
 * objects and arrays (GraphQL arguments), never class instances such as the request.
 */
function nulPaths(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(path || 'value');
  } else if (value !== null && typeof value === 'object' && isPlain(value)) {
    for (const [k, v] of Object.entries(value)) nulPaths(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

/** Inputs are whitelisted and validated; a failure is BAD_USER_INPUT naming each field. */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const bad = nulPaths(value, metadata.data ?? '', []);
    if (bad.length) {
      throw badInput(
        'Text may not contain NUL characters',
        bad.map((field) => ({ field, problems: ['contains a NUL character'] })),
      );
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
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
