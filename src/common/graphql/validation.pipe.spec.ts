import { createValidationPipe } from './validation.pipe.js';
import { DomainError } from '../errors.js';

describe('validation pipe', () => {
  const pipe = createValidationPipe();

  it('refuses NUL characters anywhere in plain arguments, naming the field', async () => {
    const args = Object.assign(Object.create(null) as object, {
      input: { title: 'a\u0000b', tags: ['ok', 'x\u0000'] },
    });
    await expect(pipe.transform(args, { type: 'body', data: undefined })).rejects.toBeInstanceOf(DomainError);
    try {
      await pipe.transform(args, { type: 'body', data: undefined });
    } catch (error) {
      expect((error as DomainError).extensions.fields).toEqual([
        { field: 'input.title', problems: ['contains a NUL character'] },
        { field: 'input.tags.1', problems: ['contains a NUL character'] },
      ]);
    }
  });

  it('does not walk class instances such as the request (cyclic, huge)', async () => {
    class Request {
      self = this;
      body = 'x\u0000';
    }
    const req = new Request();
    await expect(pipe.transform(req, { type: 'custom', data: undefined })).resolves.toBe(req);
  });
});
