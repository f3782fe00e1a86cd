import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLines } from '../../../test/support/log-lines.js';
import { accessLog, createRootLogger } from './logging.js';

describe('accessLog', () => {
  const log = new LogLines();
  /** Answers that wait for the test: an abandoned request. */
  const held: ServerResponse[] = [];
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const middleware = accessLog(createRootLogger({ nodeEnv: 'test', logLevel: 'info' }, { destination: log }));
    server = createServer((req, res) =>
      middleware(req, res, () => {
        const status = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('status') ?? 200);
        if (req.url?.startsWith('/held')) {
          held.push(res);
          return;
        }
        res.statusCode = status;
        res.end('{}');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    for (const res of held) res.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    log.lines.length = 0;
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${port}${path}`, { headers }).then(async (res) => {
      await res.text();
      return res;
    });
  /** The line is written when the answer closes, which may come just after the client has it. */
  const lines = async (n: number) => {
    for (let i = 0; i < 100 && log.lines.length < n; i += 1) await new Promise((r) => setTimeout(r, 5));
    return log.lines;
  };

  it('writes one line per request when its answer is sent: its id (given or made), method, path without query, status, duration', async () => {
    const given = await get('/graphql?query=secret', { 'x-request-id': 'lb-request-0002' });
    expect(given.headers.get('x-request-id')).toBe('lb-request-0002');
    const made = await get('/graphql');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const [first, second] = await lines(2);
    expect(first).toMatchObject({
      level: 'info',
      requestId: 'lb-request-0002',
      method: 'GET',
      path: '/graphql',
      status: 200,
      msg: 'GET /graphql 200',
    });
    expect(first.durationMs).toBeGreaterThanOrEqual(0);
    expect(first).not.toHaveProperty('aborted');
    expect(second).toMatchObject({ requestId: made.headers.get('x-request-id') });
    expect(JSON.stringify(log.lines)).not.toContain('secret');
    expect(log.lines).toHaveLength(2);
  });

  it('logs 5xx at error level, but 503 (draining) and 429 (rate limit) at warn', async () => {
    for (const status of [500, 503, 429, 404]) await get(`/x?status=${status}`);
    expect((await lines(4)).map((l) => [l.status, l.level])).toEqual([
      [500, 'error'],
      [503, 'warn'],
      [429, 'warn'],
      [404, 'info'],
    ]);
  });

  it('gives probes and scrapes an id but no line', async () => {
    const probe = await get('/health/live');
    expect(probe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const scrape = await get('/metrics');
    expect(scrape.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await get('/after');
    expect((await lines(1)).map((l) => l.path)).toEqual(['/after']);
  });

  it('writes a warning when the caller goes away before its answer', async () => {
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/held', headers: { 'x-request-id': 'gone-away-01' } });
      req.on('error', () => resolve());
      req.end();
      const wait = setInterval(() => {
        if (held.length === 0) return;
        clearInterval(wait);
        req.destroy();
      }, 5);
    });
    await lines(1);
    // One line only: not a second one when the answer (never sent) would have finished.
    await new Promise((r) => setTimeout(r, 50));
    expect(log.lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        requestId: 'gone-away-01',
        path: '/held',
        // Nothing was sent: no status to report.
        status: null,
        aborted: true,
        msg: 'GET /held aborted',
      }),
    ]);
  });
});
