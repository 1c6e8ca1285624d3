import type http from 'node:http';
import type { buildYoga } from '../graphql/yoga.ts';
import { sendDownload, sendError } from '../http/toolkit.ts';
import { JobFailure, sendFailure } from '../jobs/failure.ts';
import { runJob } from '../jobs/pool.ts';
import { log } from '../log.ts';
import { BriefingError, fetchBriefing } from './data.ts';
import { asciiFileName, CONTENT_TYPES, type Format, fileName, isFormat, render } from './render.ts';

export const BRIEFINGS_PREFIX = '/briefings/';

const toBuffer = (u8: Uint8Array) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);

/** Rendered briefings kept (least recently used go first): with the largest .docx ~0.3 MB, ≤ ~10 MB. */
export const MAX_KEPT_BRIEFINGS = 32;

interface Rendered {
  body: Buffer;
  name: string;
  ascii: string;
}

/**
 * GET /briefings/<chainId>.docx|.md|.svg[?zone=<zoneId>]: the chain-leader briefing of one chain in one scope.
 * The document is built completely in memory before anything is written, so a failure is a clean error.
 * With `version` (the graph's version, undefined while unknown) a briefing is rendered once per graph version,
 * day, chain, zone and format: later and concurrent requests share that rendering (callers are checked for
 * READ_REQUIRES_TOKEN before this handler; a briefing does not depend on who asks).
 */
export function briefingHandler(
  yoga: ReturnType<typeof buildYoga>,
  opts: { version?: () => string | undefined } = {},
) {
  const kept = new Map<string, Promise<Rendered>>();
  const build = async (chainId: string, zone: string | null, format: Format, auth?: string) => {
    const b = await fetchBriefing(yoga, chainId, zone, new Date(), auth);
    const href = `./${encodeURIComponent(chainId)}.svg${zone ? `?zone=${encodeURIComponent(zone)}` : ''}`;
    const job = (f: 'docx' | 'svg', image: string) =>
      runJob({ kind: 'briefing', briefing: b, format: f, image });
    // A downloaded .md is read as a file, away from this server: a relative link to the map would be broken
    // there, so the map travels inside it (a data: URI of the same SVG).
    const image =
      format === 'md'
        ? `data:image/svg+xml;base64,${toBuffer(await job('svg', href)).toString('base64')}`
        : href;
    // The heavy formats (.docx with its PNG map, .svg) are rendered in a job worker (server/jobs/), under its time
    // and memory limits; .md and .json are quick and rendered here.
    const body =
      format === 'docx' || format === 'svg'
        ? toBuffer(await job(format, image))
        : await render(b, format, { image });
    return { body, name: fileName(b, format), ascii: asciiFileName(b, format) };
  };
  const rendered = (chainId: string, zone: string | null, format: Format, auth?: string) => {
    const version = opts.version?.();
    if (version === undefined) return build(chainId, zone, format, auth);
    const key = JSON.stringify([version, new Date().toDateString(), chainId, zone, format]);
    let job = kept.get(key);
    if (job) kept.delete(key);
    else {
      job = build(chainId, zone, format, auth);
      job.catch(() => kept.delete(key));
    }
    kept.set(key, job);
    for (const old of kept.keys()) {
      if (kept.size <= MAX_KEPT_BRIEFINGS) break;
      kept.delete(old);
    }
    return job;
  };
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://local');
    const file = decodeURIComponent(url.pathname.slice(BRIEFINGS_PREFIX.length));
    const dot = file.lastIndexOf('.');
    const chainId = dot > 0 ? file.slice(0, dot) : '';
    const format = file.slice(dot + 1);
    if (!chainId || dot < 0 || !isFormat(format)) {
      sendError(
        res,
        404,
        'NOT_FOUND',
        `Unknown briefing "${file}": use /briefings/<chainId>.docx, .md, .svg or .json`,
      );
      return;
    }
    const zone = url.searchParams.get('zone') || null;
    try {
      const r = await rendered(chainId, zone, format, req.headers.authorization);
      sendDownload(res, r.body, {
        type: CONTENT_TYPES[format],
        name: r.name,
        ascii: r.ascii,
        inline: format === 'svg' || format === 'json',
        head: req.method === 'HEAD',
      });
    } catch (err) {
      if (err instanceof JobFailure) {
        sendFailure(res, err);
        return;
      }
      if (err instanceof BriefingError && err.code === 'NOT_FOUND') {
        sendError(res, 404, err.code, err.message, { what: err.what, id: err.id });
      } else if (err instanceof BriefingError && err.code === 'FORBIDDEN') {
        sendError(res, 403, err.code, err.message);
      } else if (err instanceof BriefingError && err.code === 'SERVICE_UNAVAILABLE') {
        sendError(res, 503, err.code, 'The graph database is unavailable; try again shortly');
      } else {
        log.error('briefing failed', { chain: chainId, zone, error: String(err) });
        sendError(res, 500, 'INTERNAL', 'The briefing could not be built');
      }
    }
  };
}
