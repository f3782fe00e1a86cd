import type { FormattedExecutionResult } from 'graphql';

/**
 * A response's `data` that a statement has already written as JSON text (a compiled public read):
 * the body takes the text as it is, rather than parsing it into objects only to write them out again.
 * Anything else that writes it gets the parsed value (toJSON). A plugin that would read a response's
 * `data` must expect one (none of this application's does: they read errors and headers).
 */
export class JsonText {
  constructor(readonly json: string) {}

  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/**
 * A GraphQL response's body as compact JSON (Apollo's default pretty-prints every response): the
 * fields in Apollo's order, errors, data, extensions, and a JsonText's `data` as its text.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const { data } = result as { data?: unknown };
  if (!(data instanceof JsonText)) return JSON.stringify(result);
  const parts: string[] = [];
  if (result.errors !== undefined) parts.push(`"errors":${JSON.stringify(result.errors)}`);
  parts.push(`"data":${data.json}`);
  if (result.extensions !== undefined) parts.push(`"extensions":${JSON.stringify(result.extensions)}`);
  return `{${parts.join(',')}}`;
}
