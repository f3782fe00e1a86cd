import { jest } from '@jest/globals';
import type { FormattedExecutionResult } from 'graphql';
import { JsonText, stringifyResult } from './json-text.js';

const asData = (text: string) => new JsonText(text) as unknown as Record<string, unknown>;

describe('stringifyResult', () => {
  it('writes a result as compact JSON', () => {
    expect(stringifyResult({ data: { a: [1, { b: 'x' }] } })).toBe('{"data":{"a":[1,{"b":"x"}]}}');
  });

  it("takes a JsonText's data as it is, without parsing it", () => {
    const text = '{"candidacy" : {"id" : "c1", "note" : "Été \\"cité\\"\\n"}}';
    const parse = jest.spyOn(JSON, 'parse');
    try {
      expect(stringifyResult({ data: asData(text) })).toBe(`{"data":${text}}`);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('keeps errors first and extensions last around a JsonText, and leaves out what is undefined', () => {
    const result: FormattedExecutionResult = {
      errors: [{ message: 'm', extensions: { code: 'X' } }],
      data: asData('{"a" : 1}'),
      extensions: { cost: 2 },
    };
    const body = stringifyResult(result);
    expect(body).toBe(
      '{"errors":[{"message":"m","extensions":{"code":"X"}}],"data":{"a" : 1},"extensions":{"cost":2}}',
    );
    expect(JSON.parse(body)).toEqual({ errors: result.errors, data: { a: 1 }, extensions: { cost: 2 } });
    expect(stringifyResult({ errors: undefined, data: asData('{}'), extensions: undefined })).toBe('{"data":{}}');
  });

  it('gives the parsed data to anything else that writes it', () => {
    expect(JSON.stringify({ data: new JsonText('{"a" : [1, 2]}') })).toBe('{"data":{"a":[1,2]}}');
  });
});
