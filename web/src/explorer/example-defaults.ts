import { useEffect, useState } from 'react';
import { DEFAULTS_QUERY, defaultsFrom, NO_DEFAULTS, type ExampleDefaults } from './examples.js';

/** The GraphQL endpoint of this origin (the explorer reads nothing from anywhere else). */
export const GRAPHQL_URL = `${window.location.origin}/graphql`;
export const GRAPHQL_WS_URL = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;

/**
 * The ids the examples start with, looked up once when the page opens: null while loading. Any
 * failure gives no defaults (the examples then say to put an id in the variables).
 */
export function useExampleDefaults(): ExampleDefaults | null {
  const [defaults, setDefaults] = useState<ExampleDefaults | null>(null);
  useEffect(() => {
    let active = true;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), 5000);
    void fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: DEFAULTS_QUERY }),
      signal: controller.signal,
    })
      .then(async (res) => defaultsFrom(((await res.json()) as { data?: unknown }).data))
      .catch(() => NO_DEFAULTS)
      .then((found) => {
        if (active) setDefaults(found);
      })
      .finally(() => clearTimeout(timeout));
    return () => {
      active = false;
      clearTimeout(timeout);
      controller.abort();
    };
  }, []);
  return defaults;
}
