// The nominee's draft: what they typed, saved by itself shortly after typing stops (or at once on
// leaving a field), kept in this tab's storage until the server has it. A stale version (CONFLICT)
// pauses saving until the nominee chooses; a lost connection is retried. Nothing typed is dropped.
import type { AnswerInput } from '../gql/graphql.js';
import { answersOf, toInput, type Answers, type AnswerValue, type Invitation } from './answers.js';
import { errorKind, fieldsOf, retryAfterSeconds } from './errors.js';
import { readDraft, saveDraft } from './storage.js';

export type SaveStatus =
  | { readonly kind: 'clean' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'retrying'; readonly reason: 'offline' | 'rateLimited' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface DraftSnapshot {
  readonly values: Answers;
  readonly dirty: ReadonlySet<string>;
  readonly status: SaveStatus;
  /** Keys the server refused (BAD_USER_INPUT). */
  readonly rejected: ReadonlySet<string>;
}

export interface DraftDeps {
  readonly responseId: string;
  save(answers: AnswerInput[], version: number): Promise<Invitation>;
  latest(): Promise<Invitation>;
  /** The server's newest view after a save or a reload. */
  onServerView(invitation: Invitation): void;
  /** An error the page must handle (session ended, response closed, deadline passed...). */
  onFatal(error: unknown): void;
  /** Keys not to send yet (a text over its limit: the server would refuse it). */
  held(key: string, value: AnswerValue): boolean;
}

export const TYPING_PAUSE_MS = 1200;
const FIRST_RETRY_MS = 2000;
const LONGEST_RETRY_MS = 30_000;

export class DraftStore {
  private snapshot: DraftSnapshot;
  private version: number;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private retryMs = FIRST_RETRY_MS;
  private running = false;

  constructor(
    private readonly deps: DraftDeps,
    invitation: Invitation,
  ) {
    const server = answersOf(invitation);
    const local = readDraft(deps.responseId);
    this.version = invitation.version;
    if (local && local.dirty.length > 0) {
      // Unsaved answers from this tab (a reload, an expired session, a lost connection) win over
      // the server's; if the server moved on meanwhile, the nominee chooses.
      const values: Record<string, AnswerValue> = { ...server };
      for (const key of local.dirty) if (key in local.values) values[key] = local.values[key];
      const stale = local.baseVersion !== invitation.version;
      this.snapshot = {
        values,
        dirty: new Set(local.dirty),
        status: stale ? { kind: 'conflict' } : { kind: 'pending' },
        rejected: new Set(),
      };
    } else {
      this.snapshot = { values: server, dirty: new Set(), status: { kind: 'clean' }, rejected: new Set() };
    }
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DraftSnapshot => this.snapshot;

  /** Starts timers and listeners (and saves what a previous visit left unsaved). */
  start(): void {
    this.running = true;
    window.addEventListener('online', this.onOnline);
    if (this.snapshot.status.kind === 'pending') this.schedule(0);
  }

  stop(): void {
    this.running = false;
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  setValue(key: string, value: AnswerValue): void {
    const dirty = new Set(this.snapshot.dirty).add(key);
    const rejected = new Set(this.snapshot.rejected);
    rejected.delete(key);
    const keep = ['conflict', 'failed', 'retrying', 'saving'].includes(this.snapshot.status.kind);
    this.update({
      values: { ...this.snapshot.values, [key]: value },
      dirty,
      rejected,
      status: keep ? this.snapshot.status : { kind: 'pending' },
    });
    this.persist();
    if (this.snapshot.status.kind !== 'conflict' && this.snapshot.status.kind !== 'retrying') {
      this.schedule(TYPING_PAUSE_MS);
    }
  }

  /** Saves now (leaving a field, before submitting). True when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.inFlight) await this.inFlight;
    await this.saveNow();
    return this.snapshot.dirty.size === 0;
  }

  /** After a CONFLICT: the other tab's or device's answers replace these. */
  async loadNewer(): Promise<void> {
    try {
      const latest = await this.deps.latest();
      this.version = latest.version;
      this.update({ values: answersOf(latest), dirty: new Set(), rejected: new Set(), status: { kind: 'clean' } });
      this.persist();
      this.deps.onServerView(latest);
    } catch (error) {
      this.fail(error);
    }
  }

  /** After a CONFLICT: this page's answers are saved over the newer version. */
  async keepMine(): Promise<void> {
    try {
      const latest = await this.deps.latest();
      this.version = latest.version;
      const values = { ...answersOf(latest), ...this.snapshot.values };
      this.update({ values, dirty: new Set(Object.keys(this.snapshot.values)), status: { kind: 'pending' } });
      this.persist();
      await this.flush();
    } catch (error) {
      this.fail(error);
    }
  }

  /** The version to submit with (after a flush). */
  currentVersion(): number {
    return this.version;
  }

  /** The server took the response (submitted or declined): nothing is kept locally. */
  forget(): void {
    this.stop();
    saveDraft(this.deps.responseId, null);
  }

  private readonly onOnline = (): void => {
    if (this.snapshot.status.kind === 'retrying') this.schedule(0);
  };

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (!this.running) return;
    this.timer = setTimeout(() => void this.saveNow(), ms);
  }

  private async saveNow(): Promise<void> {
    if (this.inFlight || this.snapshot.status.kind === 'conflict') return;
    const { values } = this.snapshot;
    const keys = [...this.snapshot.dirty].filter((k) => values[k] !== undefined && !this.deps.held(k, values[k]));
    if (keys.length === 0) return;
    const sent = new Map(keys.map((k) => [k, values[k]]));
    this.update({ status: { kind: 'saving' } });
    this.inFlight = (async () => {
      try {
        const invitation = await this.deps.save(
          keys.map((k) => toInput(k, sent.get(k) as AnswerValue)),
          this.version,
        );
        this.version = invitation.version;
        this.retryMs = FIRST_RETRY_MS;
        const dirty = new Set(this.snapshot.dirty);
        for (const [k, v] of sent) if (this.snapshot.values[k] === v) dirty.delete(k);
        this.update({ dirty, rejected: new Set(), status: { kind: 'saved', at: new Date() } });
        this.persist();
        this.deps.onServerView(invitation);
        if (dirty.size > 0) this.schedule(TYPING_PAUSE_MS);
      } catch (error) {
        this.fail(error, keys);
      }
    })();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  private fail(error: unknown, keys: readonly string[] = []): void {
    const kind = errorKind(error);
    if (kind === 'network' || kind === 'unavailable') {
      this.update({ status: { kind: 'retrying', reason: 'offline' } });
      this.schedule(this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
    } else if (kind === 'rateLimited') {
      this.update({ status: { kind: 'retrying', reason: 'rateLimited' } });
      this.schedule((retryAfterSeconds(error) ?? 5) * 1000);
    } else if (kind === 'conflict') {
      this.update({ status: { kind: 'conflict' } });
    } else if (kind === 'invalid') {
      const named = fieldsOf(error).filter((k) => keys.includes(k));
      this.update({ rejected: new Set(named.length ? named : keys), status: { kind: 'failed', error } });
    } else {
      this.update({ status: { kind: 'failed', error } });
      this.deps.onFatal(error);
    }
  }

  private persist(): void {
    const { values, dirty } = this.snapshot;
    saveDraft(this.deps.responseId, { baseVersion: this.version, values, dirty: [...dirty] });
  }

  private update(changes: Partial<DraftSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...changes };
    for (const listener of this.listeners) listener();
  }
}
