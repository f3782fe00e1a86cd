import express from 'express';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { mountWebClient } from '../../src/common/http/web-client.js';
import { loadConfig } from '../../src/config/app-config.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * The routing of the web client on a bare Express app, over a stand-in build (two marked pages),
 * so these tests hold whether or not `npm run build:web` has run.
 */
function webClientApp(enableExplorer: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'icc-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
  writeFileSync(join(dir, 'explorer.html'), '<!doctype html><title>explorer</title><div id="explorer"></div>');
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'x'.repeat(32),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'icc-data-')),
    ENABLE_EXPLORER: String(enableExplorer),
  });
  const server = express();
  mountWebClient(server, config, dir);
  // What the API would answer after the web client: here a marker for any request it let through.
  server.use((req, res) => res.status(418).json({ passedThrough: `${req.method} ${req.path}` }));
  return server;
}

describe('the explorer routes (stand-in build)', () => {
  it('serves the explorer at /explorer and at GET /graphql for a browser, with its own CSP', async () => {
    const server = webClientApp(true);
    for (const path of ['/explorer', '/explorer/', '/graphql']) {
      const res = await request(server).get(path).set('accept', HTML);
      expect([path, res.status, res.headers['content-type']]).toEqual([path, 200, expect.stringMatching(/text\/html/)]);
      expect(res.text).toContain('id="explorer"');
      const csp = String(res.headers['content-security-policy']);
      // Monaco injects its styles: only the explorer allows inline styles; scripts stay 'self'.
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("worker-src 'self'");
      expect(csp).not.toMatch(/https?:|data:|\*/);
    }
    const app = await request(server).get('/').set('accept', HTML);
    expect(String(app.headers['content-security-policy'])).toContain("style-src 'self';");
  });

  it('leaves GraphQL itself to the API: POST, and GET asking for JSON', async () => {
    const server = webClientApp(true);
    const post = await request(server).post('/graphql').set('accept', HTML).send({ query: '{ __typename }' });
    expect(post.status).toBe(418);
    const get = await request(server).get('/graphql?query={__typename}').set('accept', 'application/json');
    expect(get.status).toBe(418);
  });

  it('with ENABLE_EXPLORER=false serves no explorer at all', async () => {
    const server = webClientApp(false);
    for (const path of ['/explorer', '/graphql']) {
      const res = await request(server).get(path).set('accept', HTML);
      expect([path, res.status, res.headers['content-type']]).toEqual([
        path,
        418,
        expect.stringMatching(/application\/json/),
      ]);
    }
    // The app's own pages are unaffected.
    const app = await request(server).get('/').set('accept', HTML);
    expect(app.status).toBe(200);
    expect(app.text).toContain('id="root"');
  });
});

describe('the application with ENABLE_EXPLORER=false', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ ENABLE_EXPLORER: 'false' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers /explorer with a 404 that is not the explorer, and never an HTML page at GET /graphql', async () => {
    const http = t.app.getHttpServer();
    const explorer = await request(http).get('/explorer').set('accept', HTML);
    expect(explorer.status).toBe(404);
    // The app's "page not found" when the web client is built, the API's JSON when it is not.
    expect(explorer.text).not.toContain('id="explorer"');
    expect(explorer.text).not.toContain('GraphQL explorer');

    const graphql = await request(http).get('/graphql').set('accept', HTML);
    expect(graphql.status).not.toBe(200);
    expect(graphql.headers['content-type']).not.toMatch(/text\/html/);
  });

  it('still answers GraphQL over POST', async () => {
    const res = await t.gql<{ statesParties: unknown[] }>('{ statesParties(regionalGroup: AFRICAN) { code } }');
    expect(res.status).toBe(200);
    expect(res.data?.statesParties.length).toBeGreaterThan(20);
  });
});
