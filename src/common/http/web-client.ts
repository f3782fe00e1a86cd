import type { Express, NextFunction, Request, Response } from 'express';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../../config/app-config.js';

/**
 * The client's own routes (served its index.html). Everything else keeps the API's answers; a path
 * nothing answers is a JSON 404, except for a browser asking for a page, which gets the app's
 * "page not found" (`notFoundPage`).
 */
const APP_ROUTES = ['/', '/invitation', '/invitation/', '/console'];
// The staff console routes inside itself (/console/elections/<id>...): every path under it is the app.
// So do the observers' pages: /elections, /elections/<id>, /candidacies/<id>.
const OBSERVER_ROUTE = /^\/(elections\/?|(elections|candidacies)\/[^/]+\/?)$/;
const isAppRoute = (path: string) =>
  APP_ROUTES.includes(path) || path.startsWith('/console/') || OBSERVER_ROUTE.test(path);
const EXPLORER_ROUTES = ['/explorer', '/explorer/'];

/** The project root: the nearest folder above this file that holds package.json (source or dist). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Where `npm run build` puts the web client. */
export function webClientDir(): string {
  return join(projectRoot(), 'dist', 'web');
}

/**
 * Content-Security-Policy: nothing from another origin. The explorer's editor (Monaco) injects its
 * styles at run time, so its page alone allows inline styles; scripts stay 'self' everywhere.
 */
function securityHeaders(config: AppConfig, inlineStyles: boolean) {
  const https = config.publicUrl.startsWith('https:');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        'img-src': ["'self'"],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'worker-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // No Referer ever leaves the page (an invitation page must not leak its address).
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31_536_000 } : false,
    crossOriginEmbedderPolicy: false,
  });
}

function wantsHtml(req: Request): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

/** Where mountWebClient leaves the built app's page, on the Express app's locals. */
const NOT_FOUND_PAGE = 'webClientNotFoundPage';

/**
 * A path nothing answers, asked for by a browser: the app's page with status 404 (the app says
 * "page not found" in the reader's language), instead of the API's JSON. True when it answered.
 */
export function notFoundPage(req: Request, res: Response): boolean {
  const file = (req.app?.locals as Record<string, unknown> | undefined)?.[NOT_FOUND_PAGE];
  if (typeof file !== 'string' || !wantsHtml(req) || res.headersSent) return false;
  res.status(404).setHeader('cache-control', 'no-cache');
  // The build removed under a running server: the API's own answer instead of Express's error page.
  res.sendFile(file, (error) => {
    if (error && !res.headersSent)
      res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
  });
  return true;
}

/**
 * Security headers on every answer, and the web client served on the same origin as /graphql:
 * its assets, its routes (falling back to index.html) and the explorer (GET /explorer, or GET
 * /graphql from a browser) unless ENABLE_EXPLORER=false.
 */
export function mountWebClient(server: Express, config: AppConfig, dir = webClientDir()): void {
  server.disable('x-powered-by');
  const strict = securityHeaders(config, false);
  const explorerHeaders = securityHeaders(config, true);
  const built = existsSync(join(dir, 'index.html'));
  const isExplorer = (req: Request) =>
    config.enableExplorer && (EXPLORER_ROUTES.includes(req.path) || (req.path === '/graphql' && wantsHtml(req)));

  server.use((req: Request, res: Response, next: NextFunction) =>
    (isExplorer(req) ? explorerHeaders : strict)(req, res, next),
  );
  if (!built) {
    server.use((req: Request, res: Response, next: NextFunction) => {
      if (!(isAppRoute(req.path) || isExplorer(req)) || req.method !== 'GET') return next();
      res.status(503).json({
        errors: [
          { message: 'The web client is not built: run npm run build', extensions: { code: 'SERVICE_UNAVAILABLE' } },
        ],
      });
    });
    return;
  }
  const page = (file: string) => (_req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(join(dir, file));
  };
  server.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: true }),
  );
  server.get('/favicon.svg', page('favicon.svg'));
  server.locals[NOT_FOUND_PAGE] = join(dir, 'index.html');
  server.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isExplorer(req)) return page('explorer.html')(req, res);
    if (isAppRoute(req.path)) return page('index.html')(req, res);
    next();
  });
}
