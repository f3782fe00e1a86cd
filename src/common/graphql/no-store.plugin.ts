import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Every answer says `cache-control: no-store`, as Apollo's built-in cache-control plugin said it:
 * the schema carries no `@cacheControl` hint, so its policy was never cacheable. That plugin hooked
 * the resolution of every field to work the policy out (a few per cent of a large read's CPU);
 * it is turned off and the header set once per answer instead. Cached anonymous reads are
 * answered by the response cache, not by HTTP caches.
 */
export function noStorePlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      requestDidStart() {
        return Promise.resolve({
          willSendResponse({ response }) {
            if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
            return Promise.resolve();
          },
        });
      },
    },
  ];
}
