import type { ArgumentMetadata } from '@nestjs/common';
import { GqlParamtype } from '@nestjs/graphql/dist/enums/gql-paramtype.enum.js';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DomainError } from '../errors.js';
import { createValidationPipe } from './validation.pipe.js';

class TitleInput {
  @IsString()
  @MaxLength(5)
  title: string;
}

describe('validation pipe', () => {
  const pipe = createValidationPipe();
  const metadata = { type: 'body' as const, metatype: TitleInput, data: 'input' };

  it('refuses invalid and unknown fields as BAD_USER_INPUT, naming each field', async () => {
    const refused = pipe.transform({ title: 'far too long', colour: 'red' }, metadata);
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: expect.arrayContaining([expect.objectContaining({ field: 'title' })]) as unknown },
    });
  });

  it('does not walk class instances such as the request (cyclic, huge)', async () => {
    class Request {
      self = this;
      body = 'x\u0000';
    }
    const req = new Request();
    await expect(pipe.transform(req, { type: 'custom', data: undefined })).resolves.toBe(req);
  });

  it("validates a GraphQL resolver's arguments, not its parent, context or info", async () => {
    const gql = (type: GqlParamtype): ArgumentMetadata =>
      ({ type, metatype: TitleInput, data: undefined }) as unknown as ArgumentMetadata;
    const bad = { title: 'far too long' };
    await expect(pipe.transform(bad, gql(GqlParamtype.ARGS))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    for (const type of [GqlParamtype.ROOT, GqlParamtype.CONTEXT, GqlParamtype.INFO])
      await expect(pipe.transform(bad, gql(type))).resolves.toBe(bad);
  });
});

describe('validation pipe, a field given no argument', () => {
  class Optional {
    @IsOptional()
    @IsString()
    id?: string;
  }
  class Required {
    @IsString()
    id: string;
  }
  const args = (metatype: object): ArgumentMetadata =>
    ({ type: GqlParamtype.ARGS, metatype, data: undefined }) as unknown as ArgumentMetadata;

  it('answers an instance of the class every time once it was valid, and refuses every time if not', async () => {
    const pipe = createValidationPipe();
    for (let i = 0; i < 3; i += 1) {
      await expect(pipe.transform({}, args(Optional))).resolves.toBeInstanceOf(Optional);
      await expect(pipe.transform({}, args(Required))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    await expect(pipe.transform({ id: 7 }, args(Optional))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(pipe.transform({ other: 'x' }, args(Optional))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
