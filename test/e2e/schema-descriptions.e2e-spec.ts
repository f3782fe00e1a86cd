import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';
import { createTestApp, type TestApp } from '../support/test-app.js';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/** Every public type and field of the built schema without a description (the observers' documentation). */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!ROOTS.has(type.name) && !type.description?.trim()) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      const fields: readonly { name: string; description?: string | null }[] = Object.values(type.getFields());
      for (const field of fields) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      }
    }
  }
  return missing.sort();
}

/** Closed sets the schema must state as enums, not strings checked at run time (issue 14). */
const ENUM_FIELDS: Record<string, string> = {
  'Question.kind': 'QuestionKind',
  'NomineeQuestion.kind': 'QuestionKind',
  'QuestionInput.kind': 'QuestionKind',
  'TrackingRow.mailState': 'MailState',
  'CandidacyWarning.code': 'CandidacyWarningCode',
  'PublishedResponse.outcome': 'ResponseOutcome',
  'AuditEntry.actorKind': 'AuditActorKind',
};

describe('the schema documents itself', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    t = await createTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(async () => {
    await t.close();
  });

  it('every public type and field has a description', () => {
    // A new field without `description` fails here: say what it is for an observer reading the schema.
    expect(undescribed(schema)).toEqual([]);
  });

  it('states closed sets as enums', () => {
    for (const [path, enumName] of Object.entries(ENUM_FIELDS)) {
      const [typeName, fieldName] = path.split('.') as [string, string];
      const type = schema.getType(typeName);
      if (!(isObjectType(type) || isInputObjectType(type))) throw new Error(`${typeName} is not an object type`);
      const fieldType = type
        .getFields()
        [fieldName]?.type.toString()
        .replace(/[[\]!]/g, '');
      expect([path, fieldType]).toEqual([path, enumName]);
      expect(isEnumType(schema.getType(enumName))).toBe(true);
    }
  });

  it('the walk sees unions and enums too (no kind of type slips past)', () => {
    const kinds = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
    expect(kinds.some((type) => isEnumType(type))).toBe(true);
    expect(kinds.every((type) => !isUnionType(type) || type.description)).toBe(true);
  });
});
