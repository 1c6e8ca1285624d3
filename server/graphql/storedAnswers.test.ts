import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { bytesKey, resultKey, StoredAnswers } from './storedAnswers.ts';

/** A server whose answer is written by `answer` inside `capture`, as the app runs graphql-yoga. */
async function serve(
  answers: StoredAnswers,
  key: string,
  answer: (res: http.ServerResponse) => void,
  keep: boolean,
) {
  const server = http.createServer((_req, res) => {
    res.setHeader('x-app', 'before');
    void answers.capture(key, key, res, async () => {
      if (keep) answers.markKept(key);
      answer(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const res = await fetch(`http://127.0.0.1:${port}/`);
  await res.text();
  await new Promise<void>((r) => server.close(() => r()));
}

describe('StoredAnswers', () => {
  it('keeps the bytes and headers an answer wrote, without the headers set before it', async () => {
    const answers = new StoredAnswers(10, 1_000);
    await serve(
      answers,
      'k',
      (res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.writeHead(200);
        res.write('{"data":');
        res.end(Buffer.from('{"a":"铝"}}'));
      },
      true,
    );
    const hit = answers.get('k');
    expect(hit?.body.toString()).toBe('{"data":{"a":"铝"}}');
    expect(hit?.headers).toEqual({ 'content-type': 'application/json; charset=utf-8' });
  });

  it('keeps nothing the response cache did not keep, and nothing but a 200', async () => {
    const answers = new StoredAnswers(10, 1_000);
    await serve(answers, 'a', (res) => res.end('{}'), false);
    await serve(
      answers,
      'b',
      (res) => {
        res.statusCode = 400;
        res.end('{}');
      },
      true,
    );
    expect(answers.get('a')).toBeUndefined();
    expect(answers.get('b')).toBeUndefined();
    // A key marked while no answer is written under it is not remembered for a later one.
    answers.markKept('c');
    await serve(answers, 'c', (res) => res.end('{}'), false);
    expect(answers.get('c')).toBeUndefined();
  });

  it('drops the least recently used past maxEntries, and any answer past its TTL', async () => {
    let now = 0;
    const answers = new StoredAnswers(2, 100, () => now);
    for (const k of ['x', 'y']) await serve(answers, k, (res) => res.end(k), true);
    expect(answers.get('x')?.body.toString()).toBe('x'); // x is now the most recent
    await serve(answers, 'z', (res) => res.end('z'), true);
    expect(answers.get('y')).toBeUndefined();
    expect(answers.size).toBe(2);
    now = 100;
    expect(answers.get('x')).toBeUndefined();
    expect(answers.get('z')).toBeUndefined();
  });

  it('keys a result by version, caller and body, and its bytes by media type too', () => {
    const body = Buffer.from('{"query":"{ a }"}');
    const k = resultKey('1.v', '', body);
    expect(resultKey('1.v', '', Buffer.from('{"query":"{ a }"}'))).toBe(k);
    expect(resultKey('2.v', '', body)).not.toBe(k);
    expect(resultKey('1.v', 'token-1', body)).not.toBe(k);
    expect(resultKey('1.v', '', Buffer.from('{"query":"{ b }"}'))).not.toBe(k);
    expect(bytesKey(k, 'application/json')).not.toBe(bytesKey(k, 'application/graphql-response+json'));
  });
});
