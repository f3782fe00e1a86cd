import { DomainError } from '../errors.js';
import { Feed } from './notifications.service.js';

describe('Feed (what a subscription reads)', () => {
  it('hands pushed values to the reader in order, waiting or queued', async () => {
    const feed = new Feed<number>(10, () => undefined);
    const waiting = feed.next();
    feed.push(1);
    feed.push(2);
    await expect(waiting).resolves.toEqual({ value: 1, done: false });
    await expect(feed.next()).resolves.toEqual({ value: 2, done: false });
  });

  it('ends a reader that falls `limit` events behind instead of buffering without end', async () => {
    let closed = 0;
    const feed = new Feed<number>(3, () => (closed += 1));
    for (let i = 0; i < 1000; i += 1) feed.push(i);
    expect(feed.backlog).toBe(0);
    expect(closed).toBe(1);
    const failure = await feed.next().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ code: 'SERVICE_UNAVAILABLE', extensions: { reason: 'SUBSCRIBER_TOO_SLOW' } });
    await expect(feed.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('fails a waiting reader at once', async () => {
    const feed = new Feed<number>(3, () => undefined);
    const waiting = feed.next();
    feed.fail(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
  });

  it('closes once when the reader leaves', async () => {
    let closed = 0;
    const feed = new Feed<number>(3, () => (closed += 1));
    const waiting = feed.next();
    await feed.return();
    await feed.return();
    feed.push(1);
    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
    expect(closed).toBe(1);
  });
});
