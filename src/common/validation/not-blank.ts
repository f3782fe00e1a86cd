import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** True when a value is a string holding at least `min` characters once its surrounding blanks are trimmed. */
export function isNotBlank(value: unknown, min = 1): boolean {
  return typeof value === 'string' && value.trim().length >= min;
}

/**
 * Required text must say something: blank after trimming (spaces, tabs, line breaks, no-break
 * spaces) is refused, and `min` counts the trimmed characters. A failure is BAD_USER_INPUT naming
 * the field, like every other validation. Optional fields may still be omitted (`@IsOptional`).
 */
export function NotBlank(min = 1, options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'notBlank',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [min],
      options: {
        message: ({ property, constraints }: ValidationArguments) =>
          (constraints[0] as number) > 1
            ? `${property} must hold at least ${String(constraints[0])} characters besides blanks`
            : `${property} must not be blank`,
        ...options,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => isNotBlank(value, args.constraints[0] as number),
      },
    });
  };
}
