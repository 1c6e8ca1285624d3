/**
 * What a page visit asks the server (issue #20): headless Chromium opens each page of PAGES on the national graph
 * and records every GraphQL request it sends (operation, answer bytes, time in the page from request to the
 * answer's end, under the visit's own concurrency); then each recorded request is sent again `--replays` times
 * one after the other (`Cache-Control: no-cache`, so the resolvers and Neo4j run) — its server time alone.
 *
 * CLI (needs .bench/neo4j loaded by `npm run bench -- --reuse-db`):
 *   npx tsx bench/pages.ts [--against <ref>] [--replays 5] [--out bench/results/pages.json]
 * `--against` runs another commit's server (and its explorer) from a temporary checkout instead of this one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureLauncherBuilt, findFreePort, startLocalNeo4j } from '../server/db/localNeo4j.ts';
import { repoRoot } from '../server/paths.ts';
import { CHROMIUM_ARGS, settled, track } from './client.ts';
import { neo4jSizes } from './cold-start.ts';
import { checkout, type Side, workingTree } from './compare.ts';
import { startServer } from './lib/server.ts';
import { median, round } from './lib/stats.ts';

/** The pages measured: the largest chain map and the overview, unscoped (全部地区) and in 綦江区; two provinces' pages. */
export const PAGES = [
  { name: 'chain nc-0, national', search: '?view=chain&chain=nc-0' },
  { name: 'chain nc-0, 綦江区', search: '?view=chain&chain=nc-0&zone=region-500110' },
  { name: 'overview, national', search: '' },
  { name: 'overview, 綦江区', search: '?zone=region-500110' },
  // A province's page on the national graph: its sought links (hundreds, of every district inside) and gaps.
  { name: 'zone page, 四川省', search: '?view=zone&zone=region-510000' },
  { name: 'zone page, 广东省', search: '?view=zone&zone=region-440000' },
] as const;

export interface RequestFigure {
  operation: string;
  bytes: number;
  /** From the request to the end of its answer, in the page (other requests of the visit running alongside). */
  inPageMs: number;
  /** Median of the replays, one at a time. */
  serverMs: number;
}

export interface PageFigure {
  page: string;
  requests: RequestFigure[];
  totalBytes: number;
  totalServerMs: number;
}

async function replay(url: string, body: string, times: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-graphql-csrf': '1', 'cache-control': 'no-cache' },
      body,
    });
    await res.text();
    ms.push(performance.now() - t);
  }
  return round(median(ms));
}

export async function measurePages(baseUrl: string, replays: number): Promise<PageFigure[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const out: PageFigure[] = [];
  try {
    for (const p of PAGES) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      await context.setExtraHTTPHeaders({ 'cache-control': 'no-cache' });
      const page = await context.newPage();
      const inFlight = track(page);
      const seen: Promise<{ operation: string; body: string; bytes: number; inPageMs: number }>[] = [];
      page.on('requestfinished', (req) => {
        if (!req.url().endsWith('/graphql') || req.method() !== 'POST') return;
        seen.push(
          (async () => {
            const body = req.postData() ?? '';
            const res = await req.response();
            const bytes = res ? (await res.body()).length : 0;
            const t = req.timing();
            const operation = (JSON.parse(body) as { operationName?: string }).operationName ?? '?';
            return { operation, body, bytes, inPageMs: round(t.responseEnd) };
          })(),
        );
      });
      await page.goto(`${baseUrl}/${p.search}`);
      await page.waitForTimeout(500);
      await settled(page, inFlight);
      const recorded = await Promise.all(seen);
      await context.close();
      const requests: RequestFigure[] = [];
      for (const r of recorded) {
        requests.push({
          operation: r.operation,
          bytes: r.bytes,
          inPageMs: r.inPageMs,
          serverMs: await replay(`${baseUrl}/graphql`, r.body, replays),
        });
      }
      const figure = {
        page: p.name,
        requests,
        totalBytes: requests.reduce((s, r) => s + r.bytes, 0),
        totalServerMs: round(requests.reduce((s, r) => s + r.serverMs, 0)),
      };
      process.stdout.write(
        `${p.name}: ${requests.length} requests, ${round(figure.totalBytes / 1024)} KB, server ${figure.totalServerMs} ms\n` +
          requests
            .map(
              (r) =>
                `  ${r.operation.padEnd(18)} ${String(round(r.bytes / 1024)).padStart(8)} KB  server ${String(r.serverMs).padStart(7)} ms  in page ${r.inPageMs} ms\n`,
            )
            .join(''),
      );
      out.push(figure);
    }
  } finally {
    await browser.close();
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      against: { type: 'string' },
      replays: { type: 'string', default: '5' },
      out: { type: 'string', default: path.join(repoRoot, 'bench', 'results', 'pages.json') },
    },
  });
  const side: Side = values.against ? checkout(repoRoot, values.against) : workingTree(repoRoot);
  await ensureLauncherBuilt();
  const neo = await startLocalNeo4j({
    port: await findFreePort(),
    dataDir: path.join(repoRoot, '.bench', 'neo4j'),
    ...neo4jSizes(),
  });
  try {
    process.stdout.write(`server of ${side.label} (${side.commit}) on ${neo.uri} …\n`);
    const server = await startServer(neo.uri, {
      root: side.root,
      logFile: path.join(repoRoot, '.bench', 'server-pages.log'),
    });
    try {
      const pages = await measurePages(server.url, Number(values.replays));
      mkdirSync(path.dirname(values.out), { recursive: true });
      writeFileSync(
        values.out,
        `${JSON.stringify({ date: new Date().toISOString(), commit: side.commit, pages }, null, 2)}\n`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await neo.stop();
    side.cleanUp();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`ERROR: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
