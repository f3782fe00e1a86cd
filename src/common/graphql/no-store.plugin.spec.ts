import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { noStorePlugins } from './no-store.plugin.js';

describe('no-store plugins', () => {
  const [disabled, header] = noStorePlugins() as [ApolloServerPlugin, ApolloServerPlugin];

  it("turn Apollo's per-field cache-control plugin off", () => {
    expect((disabled as { __internal_plugin_id__?: string }).__internal_plugin_id__).toBe('CacheControl');
  });

  it('answer cache-control: no-store, as that plugin did for a schema without hints', async () => {
    const listener = await header.requestDidStart!({} as never);
    const headers = new HeaderMap();
    const context = { response: { http: { headers } } } as unknown as GraphQLRequestContextWillSendResponse<object>;
    await listener!.willSendResponse!(context);
    expect(headers.get('cache-control')).toBe('no-store');
  });
});
