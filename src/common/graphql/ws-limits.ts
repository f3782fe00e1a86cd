/**
 * Open WebSocket connections per client address: a slot is taken when a socket opens and given back
 * when it closes, so one address cannot hold an unbounded number of sockets (each costs memory and
 * a keep-alive timer). In memory, per instance, like the request rate limiter.
 */
export class ConnectionLimiter {
  private readonly open = new Map<string, number>();

  constructor(private readonly perAddress: number) {}

  /** Takes a slot for `address`; false (and nothing taken) when it already holds its limit. */
  acquire(address: string): boolean {
    const count = this.open.get(address) ?? 0;
    if (count >= this.perAddress) return false;
    this.open.set(address, count + 1);
    return true;
  }

  release(address: string): void {
    const count = this.open.get(address) ?? 0;
    if (count <= 1) this.open.delete(address);
    else this.open.set(address, count - 1);
  }

  count(address: string): number {
    return this.open.get(address) ?? 0;
  }
}
