import { GraphQLError, GraphQLScalarType } from 'graphql';

/** Output-only JSON object (audit snapshots). Refused as input. */
export const GraphQLJSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object (output only).',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSONObject is output only', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral: () => {
    throw new GraphQLError('JSONObject is output only', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
