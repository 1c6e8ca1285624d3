/**
 * Client benchmarks of issue #9:
 * - client_js_gzip_kb: the JavaScript the browser loads for the first page (entry script of dist/index.html and
 *   every chunk it imports statically or modulepreloads; lazy chunks excluded), gzip level 9 (node:zlib).
 * - first_render_ms: headless Chromium, a fresh browser context (cold cache) per run, from navigation start to
 *   the `chain-map-drawn` performance mark the chain map sets on its first frame after layout (each run then
 *   waits until its page has no request in flight, so runs do not overlap on the server); then pan and
 *   zoom with real mouse drags and wheel events, frame times from requestAnimationFrame deltas in the page.
 *
 * CLI: tsx bench/client.ts --base-url http://127.0.0.1:4000 --chain <id> [--zone <id>] [--runs 5]
 *      [--screenshot file.png] [--dist dist/client]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';

export interface FrameStats {
  frames: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

const GZIP_LEVEL = 9;
const DRAWN_MARK = 'chain-map-drawn';
/** Set when Cytoscape has drawn the map (a large map's first frame is its preview: client/src/map/preview.ts). */
const INTERACTIVE_MARK = 'chain-map-interactive';
/** At most this long for a visit's remaining requests after its first frame. */
const SETTLE_MS = 60_000;
/** A visit has settled after this long with no request in flight (its side queries start just after the frame). */
const QUIET_MS = 1000;
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Static imports of an ES module chunk (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/\bfrom\s*["']([^"']+\.js)["']|\bimport\s*["']([^"']+\.js)["']/g)) {
    const spec = m[1] ?? m[2];
    if (spec) out.push(spec);
  }
  return out;
}

export async function measureClientBundle(
  distDir: string,
): Promise<{ initialJsGzipKb: number; files: { file: string; gzipKb: number }[] }> {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const urls = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1] as string),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] as string),
  ];
  // index.html paths are absolute from the site root (= distDir); chunk imports are relative to the chunk.
  const queue = urls.map((u) => path.resolve(distDir, u.replace(/^\//, '')));
  const seen = new Set<string>();
  const files: { file: string; gzipKb: number }[] = [];
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    files.push({
      file: path.relative(distDir, file),
      gzipKb: round(gzipSync(code, { level: GZIP_LEVEL }).length / 1024),
    });
    for (const spec of staticImports(code.toString('utf8'))) {
      if (spec.startsWith('.')) queue.push(path.resolve(path.dirname(file), spec));
      else if (spec.startsWith('/')) queue.push(path.resolve(distDir, spec.slice(1)));
    }
  }
  return { initialJsGzipKb: round(files.reduce((s, f) => s + f.gzipKb, 0)), files };
}

function stats(deltas: number[]): FrameStats {
  const s = [...deltas].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { frames: s.length, p50Ms: round(q(0.5)), p95Ms: round(q(0.95)), maxMs: round(s.at(-1) ?? 0) };
}

/** Starts recording requestAnimationFrame deltas in the page; the returned function stops and returns them. */
async function recordFrames(page: Page): Promise<() => Promise<number[]>> {
  // A string, not a function: tsx would wrap named inner functions in a `__name` helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = 0;
    const tick = (t) => {
      if (!window.__recording) return;
      if (last) window.__frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  return async () =>
    page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__recording = false;
      return w.__frames;
    });
}

/** Counts the page's requests in flight. */
export function track(page: Page): { n: number } {
  const inFlight = { n: 0 };
  page.on('request', () => {
    inFlight.n++;
  });
  const done = () => {
    inFlight.n--;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return inFlight;
}

/** Resolves once the page has had no request in flight for QUIET_MS (at most SETTLE_MS). */
export async function settled(page: Page, inFlight: { n: number }): Promise<void> {
  const deadline = Date.now() + SETTLE_MS;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight.n > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
    await page.waitForTimeout(50);
  }
}

async function mapBox(page: Page) {
  const box = await page.getByTestId('chain-map').boundingBox();
  if (!box) throw new Error('the chain map is not on the page');
  return { cx: box.x + box.width / 2, cy: box.y + box.height / 2, r: Math.min(box.width, box.height) / 4 };
}

/** Drags the map around in circles for `ms` milliseconds with the left button held. */
async function pan(page: Page, ms: number): Promise<FrameStats> {
  const { cx, cy, r } = await mapBox(page);
  await page.mouse.move(cx, cy);
  const stop = await recordFrames(page);
  await page.mouse.down();
  const t0 = Date.now();
  for (let i = 0; Date.now() - t0 < ms; i++) {
    const a = i / 12;
    await page.mouse.move(cx + r * Math.sin(a), cy + r * (1 - Math.cos(a)) * 0.5);
  }
  await page.mouse.up();
  return stats(await stop());
}

/** Wheel-zooms in and out around the middle of the map for `ms` milliseconds. */
async function zoom(page: Page, ms: number): Promise<FrameStats> {
  const { cx, cy } = await mapBox(page);
  await page.mouse.move(cx, cy);
  const stop = await recordFrames(page);
  const t0 = Date.now();
  for (let i = 0; Date.now() - t0 < ms; i++) {
    await page.mouse.wheel(0, Math.floor(i / 10) % 2 === 0 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  return stats(await stop());
}

export async function measureChainRender(opts: {
  baseUrl: string;
  chainId: string;
  zoneId?: string;
  runs?: number;
  screenshot?: string;
  /** Let the server answer from its response cache (default: no — every run is computed by Neo4j). */
  serverCache?: boolean;
}): Promise<{
  firstRenderMs: { median: number; runs: number[] };
  /** From the map's answer (the last GraphQL response before the frame) to the frame: the browser's part. */
  afterAnswerMs: { median: number; runs: number[] };
  /** From navigation to Cytoscape's first frame, when the map answers taps (the preview's frame comes before). */
  interactiveMs: { median: number; runs: number[] };
  /** Who drew the first frame: 'preview' (a large map) or 'cytoscape'. */
  painter: string;
  elements: number;
  pan: FrameStats;
  zoom: FrameStats;
}> {
  const url = new URL(opts.baseUrl);
  url.searchParams.set('view', 'chain');
  url.searchParams.set('chain', opts.chainId);
  if (opts.zoneId) url.searchParams.set('zone', opts.zoneId);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const runs: number[] = [];
    const afterAnswer: number[] = [];
    const interactive: number[] = [];
    let painter = '';
    let elements = 0;
    let panStats: FrameStats | null = null;
    let zoomStats: FrameStats | null = null;
    const n = opts.runs ?? 5;
    for (let i = 0; i < n; i++) {
      // A new context per run: empty HTTP cache, storage and JIT caches — a first visit.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      if (!opts.serverCache) await context.setExtraHTTPHeaders({ 'cache-control': 'no-cache' });
      const page = await context.newPage();
      const inFlight = track(page);
      await page.goto(url.toString());
      const handle = await page.waitForFunction(
        (name) => {
          const e = performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
          if (!e) return null;
          // The map's answer: the last GraphQL response before the frame (the side queries wait for the frame).
          const answered = performance
            .getEntriesByType('resource')
            .filter(
              (r) =>
                r.name.endsWith('/graphql') && (r as PerformanceResourceTiming).responseEnd <= e.startTime,
            )
            .map((r) => (r as PerformanceResourceTiming).responseEnd);
          return {
            at: e.startTime,
            answered: answered.length ? Math.max(...answered) : 0,
            elements: (e.detail as { elements: number }).elements,
            painter: (e.detail as { painter?: string }).painter ?? 'cytoscape',
          };
        },
        DRAWN_MARK,
        { timeout: 60_000, polling: 50 },
      );
      const mark = (await handle.jsonValue()) as {
        at: number;
        answered: number;
        elements: number;
        painter: string;
      };
      runs.push(round(mark.at));
      afterAnswer.push(round(mark.at - mark.answered));
      elements = mark.elements;
      painter = mark.painter;
      // Cytoscape's own first frame is the map answering; a build without the preview (an older commit under
      // bench/first-frame.ts) sets no such mark: there the first frame is Cytoscape's.
      if (mark.painter === 'cytoscape') interactive.push(round(mark.at));
      else {
        const ready = await page.waitForFunction(
          (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
          INTERACTIVE_MARK,
          { timeout: 60_000, polling: 50 },
        );
        interactive.push(round((await ready.jsonValue()) as number));
      }
      // Let the visit finish what it asked for (the header's lists, the chain's side queries) before the next run:
      // otherwise the next first frame is timed on a server still answering this visit.
      await settled(page, inFlight);
      if (i === n - 1) {
        if (opts.screenshot) await page.screenshot({ path: opts.screenshot });
        await page.waitForTimeout(300);
        panStats = await pan(page, 3000);
        zoomStats = await zoom(page, 3000);
      }
      await context.close();
    }
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    return {
      firstRenderMs: { median: mid(runs), runs },
      afterAnswerMs: { median: mid(afterAnswer), runs: afterAnswer },
      interactiveMs: { median: mid(interactive), runs: interactive },
      painter,
      elements,
      pan: panStats as FrameStats,
      zoom: zoomStats as FrameStats,
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string', default: 'http://127.0.0.1:4000' },
      chain: { type: 'string' },
      zone: { type: 'string' },
      runs: { type: 'string', default: '5' },
      screenshot: { type: 'string' },
      dist: { type: 'string', default: 'dist/client' },
    },
  });
  const bundle = await measureClientBundle(values.dist);
  process.stdout.write(`client_js_gzip_kb (gzip -${GZIP_LEVEL}): ${bundle.initialJsGzipKb}\n`);
  for (const f of bundle.files) process.stdout.write(`  ${f.file}: ${f.gzipKb} KB\n`);
  if (!values.chain) return;
  const r = await measureChainRender({
    baseUrl: values['base-url'],
    chainId: values.chain,
    runs: Number(values.runs),
    ...(values.zone ? { zoneId: values.zone } : {}),
    ...(values.screenshot ? { screenshot: values.screenshot } : {}),
  });
  process.stdout.write(
    `first_render_ms: median ${r.firstRenderMs.median} (runs ${r.firstRenderMs.runs.join(', ')})\n`,
  );
  process.stdout.write(
    `first frame by ${r.painter}; interactive: median ${r.interactiveMs.median} (runs ${r.interactiveMs.runs.join(', ')})\n`,
  );
  process.stdout.write(`elements: ${r.elements}\n`);
  process.stdout.write(`pan:  ${JSON.stringify(r.pan)}\n`);
  process.stdout.write(`zoom: ${JSON.stringify(r.zoom)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`ERROR: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
