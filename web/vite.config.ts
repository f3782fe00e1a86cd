import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// Two pages: the app (nominee's page and, later, the console) and the GraphQL explorer, each its own
// entry so the nominee never downloads the explorer's editor. Everything is served from the same
// origin as /graphql: nothing is inlined as data: URIs, so the Content-Security-Policy can say 'self'.
export default defineConfig({
  root,
  base: '/',
  publicDir: resolve(root, 'public'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: resolve(root, '../dist/web'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      input: { app: resolve(root, 'index.html'), explorer: resolve(root, 'explorer.html') },
      // GraphiQL's dependencies mark modules "use client" (a React Server Components hint): harmless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
