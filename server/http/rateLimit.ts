/**
 * Per-client limits on the expensive endpoints: one token bucket per client and kind of work. A client is its
 * API token (its id) or, without a valid token, its IP address. A bucket holds `burst` units and gains
 * `perMinute` units a minute; a request takes its cost (1 for a briefing, an export or an upload; the operation's
 * cost for an uncached GraphQL request, server/graphql/cost.ts) or is refused with 429 and Retry-After.
 */
import type http from 'node:http';
import type { Actor } from '../auth/token.ts';
import type { RateLimitSettings } from '../config.ts';
import { sendJson } from './toolkit.ts';

export type LimitKind = keyof RateLimitSettings;

export type Verdict = { ok: true } | { ok: false; retryAfterS: number };

interface Bucket {
  units: number;
  at: number;
}

/** Buckets kept at most; past it, full buckets (clients idle long enough to have regained everything) go. */
const MAX_BUCKETS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly settings: RateLimitSettings,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes `cost` units from the client's bucket of `kind`; a cost above the burst is charged as the burst. */
  take(kind: LimitKind, client: string, cost = 1): Verdict {
    const { burst, perMinute } = this.settings[kind];
    if (burst <= 0 || perMinute <= 0) return { ok: true };
    const key = `${kind}\u0000${client}`;
    const now = this.now();
    const perMs = perMinute / 60_000;
    const b = this.buckets.get(key) ?? { units: burst, at: now };
    b.units = Math.min(burst, b.units + (now - b.at) * perMs);
    b.at = now;
    const need = Math.min(cost, burst);
    if (b.units < need) {
      this.buckets.set(key, b);
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((need - b.units) / perMs / 1000)) };
    }
    b.units -= need;
    this.buckets.set(key, b);
    if (this.buckets.size > MAX_BUCKETS) this.prune(now);
    return { ok: true };
  }

  private prune(now: number): void {
    for (const [key, b] of this.buckets) {
      const kind = key.slice(0, key.indexOf('\u0000')) as LimitKind;
      const { burst, perMinute } = this.settings[kind];
      if (b.units + ((now - b.at) * perMinute) / 60_000 >= burst) this.buckets.delete(key);
    }
  }
}

/** The client a limit is kept for: the token's id when the request carries a valid one, else the IP address. */
export function clientKey(actor: Actor, req: http.IncomingMessage | undefined): string {
  if (actor.tokenId) return `token:${actor.tokenId}`;
  return `ip:${req?.socket.remoteAddress ?? 'unknown'}`;
}

export const rateLimitedMessage = (kind: LimitKind, retryAfterS: number) =>
  `Too many ${kind} requests from this client; try again in ${retryAfterS} s`;

/** 429 with Retry-After and the REST error envelope. */
export function sendRateLimited(res: http.ServerResponse, kind: LimitKind, retryAfterS: number): void {
  sendJson(
    res,
    429,
    { code: 'RATE_LIMITED', error: rateLimitedMessage(kind, retryAfterS), retryAfter: retryAfterS },
    { 'retry-after': String(retryAfterS) },
  );
}
