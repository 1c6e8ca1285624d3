import { badInput } from './errors.ts';

/** Opaque cursors for the enterprise connection: the (name, id) sort key, base64url-encoded JSON. */
export function encodeCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { name: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { name: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'is not a cursor returned by this API');
}
