import { afterEach, describe, expect, it, vi } from 'vitest';
import { zh } from '../i18n/zh.ts';
import { ApiError, gql } from './client.ts';

/** The server's answer to one request, as fetch returns it. */
const answer = (errors: { message: string; extensions?: { code?: string } }[]) =>
  vi.fn(async () => new Response(JSON.stringify({ errors }), { status: 200 }));

afterEach(() => vi.unstubAllGlobals());

describe('gql errors as the officer reads them', () => {
  it('a write refused for want of an editor token says so in Chinese, keeping the code', async () => {
    vi.stubGlobal(
      'fetch',
      answer([{ message: 'This needs a token with the editor role', extensions: { code: 'FORBIDDEN' } }]),
    );
    const err = await gql('ZoneProfile', { id: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('FORBIDDEN');
    expect((err as ApiError).message).toBe(zh.editorNeeded);
  });

  it('the database down reads as such; an input error keeps the server message naming the field', async () => {
    vi.stubGlobal('fetch', answer([{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }]));
    expect(((await gql('ZoneProfile').catch((e: unknown) => e)) as ApiError).message).toBe(zh.dbDown);
    vi.stubGlobal(
      'fetch',
      answer([{ message: 'Argument "input.zone" names no zone', extensions: { code: 'BAD_USER_INPUT' } }]),
    );
    const err = (await gql('ZoneProfile').catch((e: unknown) => e)) as ApiError;
    expect(err.message).toBe('Argument "input.zone" names no zone');
    expect(err.code).toBe('BAD_USER_INPUT');
  });
});
