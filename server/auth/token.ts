import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Who may do what: a viewer reads, an editor reads and writes. */
export const ROLES = ['viewer', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** The caller of one request: a token's holder, or anonymous (no or unknown token). */
export type Actor = { role: Role; name: string; tokenId: string } | { role: null; name: null; tokenId: null };

export const ANONYMOUS: Actor = { role: null, name: null, tokenId: null };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when a caller with role `have` may do what needs `need` (editor ⊇ viewer). */
export function allows(have: Role | null, need: Role): boolean {
  if (have === null) return false;
  return ROLES.indexOf(have) >= ROLES.indexOf(need);
}

/** A new secret: 32 random bytes, hex. Shown once to the person who asked for it, never stored. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** What the database stores instead of the token: sha256 of it, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header; null when absent or of another scheme. */
export function bearerToken(header: string | null | undefined): string | null {
  const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1] ?? null;
}

export function newTokenId(): string {
  return `tok-${randomUUID().slice(0, 8)}`;
}
