import { CompiledReads } from '../../src/modules/public-reads/compiled-reads.js';
import type { TestApp } from './test-app.js';

/**
 * `read` with the compiled public reads off: what the resolvers answer (signed-in readers and every
 * field not compiled go through them).
 */
export async function throughResolvers<T>(t: Pick<TestApp, 'app'>, read: () => Promise<T>): Promise<T> {
  const compiled = t.app.get(CompiledReads);
  compiled.setEnabled(false);
  try {
    return await read();
  } finally {
    compiled.setEnabled(true);
  }
}
