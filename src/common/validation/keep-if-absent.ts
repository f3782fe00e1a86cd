import { registerDecorator, ValidateIf, type ValidationArguments } from 'class-validator';

/**
 * A field of a change that may be left out (the stored value is kept) but never removed: null is
 * refused as BAD_USER_INPUT naming the field, and a value given is checked by the field's other
 * validators. GraphQL lets any optional input field be sent as null; `@IsOptional` would let that
 * null through to the service as if it were a value. Fields that null does remove keep `@IsOptional`
 * and say so in their description.
 */
export function KeepIfAbsent(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    ValidateIf((_: object, value: unknown) => value !== undefined)(target, propertyName);
    registerDecorator({
      name: 'keepIfAbsent',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ property }: ValidationArguments) => `${property} cannot be removed: leave it out to keep it`,
      },
      validator: { validate: (value: unknown) => value !== null },
    });
  };
}
