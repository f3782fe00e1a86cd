import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { catalogues } from '../i18n/catalogues.js';
import {
  DEFAULTS_QUERY,
  defaultsFrom,
  EXAMPLES,
  exampleText,
  exampleVariables,
  hasDefaults,
  NO_DEFAULTS,
  wrapComment,
} from './examples.js';

let schema: GraphQLSchema;

beforeAll(() => {
  schema = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));
});

function errorsOf(source: string): string[] {
  return validate(schema, parse(source)).map((e) => e.message);
}

describe("the explorer's example queries", () => {
  it.each(EXAMPLES.map((e) => [e.key, e] as const))('%s is valid against schema.gql', (_key, example) => {
    expect(errorsOf(example.query)).toEqual([]);
    // As shown in the editor, with its comment lines in either language.
    for (const language of ['en', 'fr'] as const) {
      const { title, help } = catalogues[language].explorer.examples[example.key];
      expect(errorsOf(exampleText(example, [title, help]))).toEqual([]);
    }
  });

  it('the query that finds the default ids is valid against schema.gql', () => {
    expect(errorsOf(DEFAULTS_QUERY)).toEqual([]);
  });

  it('each example has a title and help in English and French', () => {
    for (const example of EXAMPLES) {
      for (const language of ['en', 'fr'] as const) {
        const { title, help } = catalogues[language].explorer.examples[example.key];
        expect([example.key, language, title.length > 0 && help.length > 0]).toEqual([example.key, language, true]);
      }
    }
    expect(new Set(EXAMPLES.map((e) => e.key)).size).toBe(EXAMPLES.length);
  });

  it("covers what observers ask for: elections, a candidate's dossier, slate flags, minimum voting requirements", () => {
    const fields = EXAMPLES.map((e) => e.query).join('\n');
    for (const field of ['candidacies', 'response', 'interviews', 'slateFlags', 'minimumVotingRequirements'])
      expect(fields).toContain(field);
  });

  it('fills the variables with the first matching records, and says when there are none', () => {
    const defaults = defaultsFrom({
      elections: {
        edges: [
          { node: { id: 'e-tfv', type: 'TFV_BOARD', candidacies: { edges: [] } } },
          { node: { id: 'e-judges', type: 'JUDGES', candidacies: { edges: [{ node: { id: 'c-1' } }] } } },
        ],
      },
    });
    expect(defaults).toEqual({ electionId: 'e-tfv', judicialElectionId: 'e-judges', candidacyId: 'c-1' });
    const dossier = EXAMPLES.find((e) => e.key === 'dossier')!;
    expect(JSON.parse(exampleVariables(dossier, defaults))).toEqual({ candidacyId: 'c-1' });
    expect(hasDefaults(dossier, defaults)).toBe(true);
    expect(hasDefaults(dossier, NO_DEFAULTS)).toBe(false);
    expect(defaultsFrom(null)).toEqual(NO_DEFAULTS);
    expect(defaultsFrom({ elections: { edges: [] } })).toEqual(NO_DEFAULTS);
  });

  it("gives each example's variables the types its operation declares", () => {
    const defaults = { electionId: 'e', judicialElectionId: 'j', candidacyId: 'c' };
    for (const example of EXAMPLES) {
      const declared = [...example.query.matchAll(/\$(\w+):/g)].map((m) => m[1]).sort();
      const given = Object.keys(JSON.parse(exampleVariables(example, defaults) || '{}') as object).sort();
      expect([example.key, given.filter((name) => !declared.includes(name))]).toEqual([example.key, []]);
    }
  });

  it('wraps the comment lines so they fit the editor', () => {
    expect(wrapComment('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapComment('a-very-long-word x', 5)).toEqual(['a-very-long-word', 'x']);
    const text = exampleText(EXAMPLES[1], ['A title', 'word '.repeat(40)]);
    for (const line of text.split('\n').filter((l) => l.startsWith('#'))) expect(line.length).toBeLessThanOrEqual(74);
  });
});
