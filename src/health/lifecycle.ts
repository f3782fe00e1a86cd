import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The instance's shutdown, in the order a load balancer needs: readiness turns 503 first (and stays
 * so for SHUTDOWN_DELAY_MS, while the balancer notices), then the server stops taking connections
 * and the requests in flight finish; only then does the caller close the app (pools, LISTEN, mail
 * sender) and, on the embedded database, stop PostgreSQL.
 */
@Injectable()
export class Lifecycle {
  private drainingSince: number | null = null;
  private inFlight = 0;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  /** Requests being answered now (probes and scrapes included). */
  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** Express middleware, mounted first: counts requests until their answer is sent or abandoned. */
  readonly track = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight += 1;
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
    };
    res.once('finish', end);
    res.once('close', end);
    next();
  };

  /**
   * Not ready from now on; after `delayMs` stops taking connections and waits (at most `timeoutMs`)
   * for the requests in flight. WebSockets are closed later, with the app.
   */
  async drain(server: Server, delayMs: number, timeoutMs = 25_000): Promise<void> {
    this.drainingSince ??= Date.now();
    if (delayMs > 0) await sleep(delayMs);
    // Stops listening; idle keep-alive connections are closed, busy ones after their answer.
    server.close();
    server.closeIdleConnections();
    for (const until = Date.now() + timeoutMs; this.inFlight > 0 && Date.now() < until;) await sleep(20);
  }
}
