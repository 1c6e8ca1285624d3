import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asciiFileName,
  contentDisposition,
  readBody,
  safeFileName,
  sendDownload,
  sendJson,
} from './toolkit.ts';

const LIMIT = 1024;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/download') {
      sendDownload(res, '名,数\n', { type: 'text/csv; charset=utf-8', name: '../企业名录 (2024)*.csv' });
      return;
    }
    void readBody(req, res, LIMIT).then((body) => {
      if (body) sendJson(res, 200, { bytes: body.length });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('readBody', () => {
  it('reads a body within the limit', async () => {
    const res = await fetch(base, { method: 'POST', body: 'x'.repeat(LIMIT) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ bytes: LIMIT });
  });

  it('answers 413 with the JSON error envelope when the declared length is over the limit', async () => {
    const res = await fetch(base, { method: 'POST', body: 'x'.repeat(LIMIT + 1) });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ code: 'TOO_LARGE', error: 'The file is larger than 0 MB.' });
  });

  it('answers 413 when a body sent without a length grows over the limit', async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new Uint8Array(LIMIT / 2));
        controller.close();
      },
    });
    const res = await fetch(base, { method: 'POST', body: chunks, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe('TOO_LARGE');
  });
});

describe('downloads', () => {
  it('names the file safely: an ASCII fallback and the UTF-8 name (RFC 5987), no path', async () => {
    const res = await fetch(`${base}/download`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength('名,数\n')));
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
    expect(disposition).toContain('filename="download.csv"');
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('_企业名录 (2024)_.csv');
  });

  it('keeps plain ASCII names and drops separators, quotes and control characters', () => {
    expect(asciiFileName('chain-aluminium.json')).toBe('chain-aluminium.json');
    expect(safeFileName('a/b\\c"d\u0000e.md')).toBe('a_b_c_d_e.md');
    expect(safeFileName('...')).toBe('download');
    expect(contentDisposition('inline', 'x.svg', 'x.svg')).toBe(
      `inline; filename="x.svg"; filename*=UTF-8''x.svg`,
    );
  });
});
