import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { ErrorCode, type FieldProblem } from '../errors.js';

// A high surrogate not followed by a low one, or a low one not preceded by a high one (code units:
// no `u` flag). String#isWellFormed says the same, but is not in this project's ES library yet.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored as PostgreSQL text (or hashed, mailed, exported) as it is: a NUL
 * character, or a UTF-16 surrogate without its pair (not a character at all: it would be stored
 * as U+FFFD, or fail in encodeURIComponent).
 */
export function unstorableText(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'contains an unpaired UTF-16 surrogate';
  return null;
}

/**
 * Every string in the request's variables (at any depth) and every string literal in its
 * document, checked once per request rather than per resolver argument. Breadth-first without
 * recursion, so a deeply nested JSON body cannot exhaust the stack.
 */
export function unstorableTextIn(
  document: DocumentNode | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
): FieldProblem[] {
  const found: FieldProblem[] = [];
  const pending: [string, unknown][] = Object.entries(variables ?? {});
  for (let i = 0; i < pending.length; i += 1) {
    const [path, value] = pending[i];
    if (typeof value === 'string') {
      const problem = unstorableText(value);
      if (problem) found.push({ field: path, problems: [problem] });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) pending.push([`${path}.${key}`, child]);
    }
  }
  if (document) found.push(...literalProblems(document));
  return found;
}

/** Per document: Apollo hands the same parsed document to every request with the same text. */
const literalsChecked = new WeakMap<DocumentNode, readonly FieldProblem[]>();

/** The document's string literals that cannot be stored, found once per document. */
function literalProblems(document: DocumentNode): readonly FieldProblem[] {
  let problems = literalsChecked.get(document);
  if (!problems) {
    const found: FieldProblem[] = [];
    visit(document, {
      [Kind.STRING]: (node) => {
        const problem = unstorableText(node.value);
        if (!problem) return;
        const where = node.loc ? ` at line ${node.loc.startToken.line}, column ${node.loc.startToken.column}` : '';
        found.push({ field: 'query', problems: [`${problem}${where}`] });
      },
    });
    literalsChecked.set(document, (problems = found));
  }
  return problems;
}

/** The refusal of a request carrying text that cannot be stored, or null when there is none. */
export function unstorableTextError(
  document: DocumentNode | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
): GraphQLError | null {
  const fields = unstorableTextIn(document, variables);
  if (!fields.length) return null;
  return new GraphQLError('Text may not contain NUL characters or unpaired UTF-16 surrogates', {
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields, http: { status: 400 } },
  });
}

/** Refuses, before execution, a request carrying text that cannot be stored: BAD_USER_INPUT. */
export function textInputPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          const refusal = unstorableTextError(document, request.variables);
          return refusal ? Promise.reject(refusal) : Promise.resolve();
        },
      });
    },
  };
}
