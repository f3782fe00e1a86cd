import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType } from 'graphql';
import { StaffRole } from '../../src/common/domain.enums.js';
import { ACCESS_POLICY } from '../../src/modules/auth/access-policy.js';
import { nominate, openElection } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// What an anonymous caller must never reach, through any path of the graph.
const PRIVATE_FIELDS =
  /^(contactEmail|email|passwordHash|tokenHash|token|privateNotes|notes|assessments|scores|reasoning|membersPresent|memberId)$/i;
const STAFF_TYPES = new Set([
  'StaffUser',
  'AuditEntry',
  'PersonContact',
  'AuthPayload',
  'PanelInterview',
  'Assessment',
  'CriterionScore',
  'PanelDissent',
  'Panel',
  'PanelMember',
  'Recusal',
]);
// Credential exchanges are open to everyone but answer only whoever proved a password or an invitation code.
const SIGN_IN = new Set(['Mutation.login', 'Mutation.openInvitation', 'Mutation.openDiscussionInvitation']);

describe('private data and anonymous callers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('no path from an operation open to anonymous callers reaches a private field or a staff-only type', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const seen = new Set<string>();
    const leaks: string[] = [];
    const walk = (type: GraphQLNamedType, path: string) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      if (STAFF_TYPES.has(type.name)) leaks.push(`${path} reaches ${type.name}`);
      if (isUnionType(type)) type.getTypes().forEach((member) => walk(member, path));
      if (!isObjectType(type) && !isInterfaceType(type)) return;
      for (const [name, field] of Object.entries(type.getFields())) {
        if (PRIVATE_FIELDS.test(name)) leaks.push(`${path}.${name}`);
        walk(getNamedType(field.type), `${path}.${name}`);
      }
    };
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      if (!root) continue;
      for (const [name, field] of Object.entries(root.getFields())) {
        const op = `${root.name}.${name}`;
        if (!ACCESS_POLICY[op]?.includes('ANONYMOUS') || SIGN_IN.has(op)) continue;
        walk(getNamedType(field.type), op);
      }
    }
    expect(leaks).toEqual([]);
    expect(seen.has('Person')).toBe(true);
  });

  it('a nested observer query returns public data only, and asking for a private field is refused', async () => {
    const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const e = await openElection(t, officer);
    await nominate(t, officer, e.id, 'SN', { contactEmail: 'secret@example.org' });
    const res = await t.gql(
      `query($id: ID!) { election(id: $id) { candidacies { edges { node { person { fullName candidacies { person { fullName } } } } } } } }`,
      { id: e.id },
    );
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).not.toContain('secret@example.org');
    const probe = await t.gql(
      `query($id: ID!) { election(id: $id) { candidacies { edges { node { person { contactEmail } } } } } }`,
      { id: e.id },
    );
    expect(probe.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(probe)).not.toContain('secret@example.org');
  });
});
