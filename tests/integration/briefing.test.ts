import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { svgToPng } from '../../server/briefing/png.ts';
import { Db } from '../../server/db/neo4j.ts';
import { repoRoot } from '../../server/paths.ts';
import { clearDb, createToken, graphqlClient, resetAndSeed, runScript, testDb } from '../helpers.ts';
import { readDocx, readMarkdown } from './briefingFiles.ts';

const CHAIN = 'chain-scrap-aluminium-recycling';
const LINKS = [
  '废铝',
  '再生铝',
  '铝锭',
  '热锻件',
  '冷轧件',
  '压铸件',
  '汽车铝铸件零部件',
  '家用铝制品',
  '铝合金材料',
];
const STATUS_ZH: Record<string, string> = { STRONG: '强链', WEAK: '弱链', MISSING: '缺链' };
const artifacts = path.join(repoRoot, 'tests', 'artifacts');

let db: Db;
let gql: ReturnType<typeof graphqlClient>;
let server: http.Server;
let base: string;
let tmp: string;

const get = (p: string) => fetch(`${base}${p}`);
const bytes = async (p: string) => {
  const res = await get(p);
  return { res, buf: new Uint8Array(await res.arrayBuffer()) };
};

beforeAll(async () => {
  db = testDb();
  gql = graphqlClient(db);
  // From an empty database: the seed reset keeps audit entries, and an earlier file's import of 哈斯特 would make
  // it fresh (lastChange) where this file expects the plan's date.
  await clearDb(db);
  await resetAndSeed(db);
  server = createApp(db, { production: true, serveClient: false });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'briefing-test-'));
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await db.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function statusesFromApi(zone: string | null = null) {
  const res = await gql<{ chain: { links: { status: string; product: { name: string } }[] } }>(
    'query ($id: ID!, $zone: ID) { chain(id: $id, zone: $zone) { links { status product { name } } } }',
    { id: CHAIN, zone },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.chain.links.map((l) => [l.product.name, STATUS_ZH[l.status]]) ?? [];
}

describe('briefing .docx', () => {
  it('is a Word document with the sections, one row per link, the plan quotes and a PNG map', async () => {
    const { res, buf } = await bytes(`/briefings/${CHAIN}.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml.document');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(
      '再生铝产业链（废铝）链长简报（綦江区）.docx',
    );
    writeFileSync(path.join(artifacts, 'briefing-recycled-aluminium.docx'), buf);

    const doc = readDocx(buf);
    const headings = doc.paragraphs.filter((p) => p.style?.startsWith('Heading1')).map((p) => p.text);
    expect(headings).toEqual([
      '基本信息',
      '一、发展目标',
      '二、产业链图',
      '三、环节现状',
      '四、短板环节与招引对象',
      '五、资料来源',
    ]);
    expect(doc.paragraphs.find((p) => p.style === 'Title')?.text).toBe('再生铝产业链（废铝）链长简报');

    const [table] = doc.tables;
    // The header row (and only it) repeats on every page.
    expect(table?.map((r) => r.header)).toEqual([true, ...LINKS.map(() => false)]);
    const rows = (table ?? []).slice(1).map((r) => r.cells);
    expect(rows.map((r) => r[1]).sort()).toEqual([...LINKS].sort());
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '4', '4', '5', '5', '5']);
    expect(rows.map((r) => [r[1], r[2]])).toEqual(await statusesFromApi());
    // 再生铝 is strong: the plan names several local recyclers, each cited.
    const recycled = rows.find((r) => r[1] === '再生铝');
    expect(recycled?.[2]).toBe('强链');
    expect(recycled?.[3]).toMatch(/哈斯特[^；]*\[\d+\]/);

    const text = doc.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain(
      '大力发展“废铝—再生铝—铝锭—热锻、冷轧、压铸件—汽车铝铸件零部件、家用铝制品、铝合金材料”',
    );
    expect(text).toContain('链长：（未设置）');
    const media = Object.keys(doc.files).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBe(1);
    const png = doc.files[media[0] ?? ''];
    expect([...(png ?? []).slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});

describe('briefing .md and .svg', () => {
  it('Markdown states the same links, statuses, producers, projects and sources as the .docx', async () => {
    const [docxRes, mdRes] = await Promise.all([
      bytes(`/briefings/${CHAIN}.docx?zone=zone-beidu`),
      get(`/briefings/${CHAIN}.md?zone=zone-beidu`),
    ]);
    expect(mdRes.status).toBe(200);
    expect(mdRes.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const md = readMarkdown(await mdRes.text());
    const doc = readDocx(docxRes.buf);
    expect(md.rows.length).toBe(LINKS.length);
    expect(md.rows).toEqual((doc.tables[0] ?? []).slice(1).map((r) => r.cells));
    expect(md.rows.map((r) => [r[1], r[2]])).toEqual(await statusesFromApi('zone-beidu'));
    const docSources = doc.paragraphs.map((p) => p.text).filter((t) => /^\[\d+\] /.test(t));
    expect(md.sources.length).toBeGreaterThan(2);
    expect(md.sources).toEqual(docSources);
  });

  it('carries its map inside (a data: URI), so the downloaded file shows it away from the server', async () => {
    const md = await (await get(`/briefings/${CHAIN}.md?zone=zone-beidu`)).text();
    const href = /!\[[^\]]*\]\(([^)]*)\)/.exec(md)?.[1] ?? '';
    expect(href.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const svg = Buffer.from(href.slice(href.indexOf(',') + 1), 'base64').toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    for (const name of LINKS) expect(svg).toContain(`>${name}<`);
    expect(svg).toBe(await (await get(`/briefings/${CHAIN}.svg?zone=zone-beidu`)).text());
  });

  it('names the scope and the targets', async () => {
    const md = await (await get(`/briefings/${CHAIN}.md?zone=zone-beidu`)).text();
    expect(md).toContain('# 再生铝产业链（废铝）链长简报');
    expect(md).toMatch(/\*\*范围\*\*：北渡/);
    expect(md).toMatch(/新材料产业 2025 年目标：产值 \d+(\.\d+)? 亿元/);
    expect(md).toMatch(/\*\*生成日期\*\*：\d{4}-\d{2}-\d{2}/);
    // The plan dates from 2023-02: older than the default 24 months, so its facts are marked for checking.
    const district = await (await get(`/briefings/${CHAIN}.md`)).text();
    expect(district).toMatch(/哈斯特（綦江区）〔可能过时，信息截至 2023-02-01〕/);
  });

  it('serves the map as SVG with every link in its status colour', async () => {
    const res = await get(`/briefings/${CHAIN}.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await res.text();
    const md = await (await get(`/briefings/${CHAIN}.md`)).text();
    writeFileSync(path.join(artifacts, 'briefing-recycled-aluminium.md'), md);
    for (const name of LINKS) expect(svg).toContain(`>${name}<`);
    expect(svg).toContain('Noto Sans CJK SC');
    expect(svg).toMatch(/data-status="STRONG"><rect[^>]*fill="#1c8047"/);
    writeFileSync(path.join(artifacts, 'briefing-map.png'), svgToPng(svg));
  });
});

describe('briefing errors', () => {
  it('404 names the unknown chain, zone or format', async () => {
    const chain = await get('/briefings/chain-nope.docx');
    expect(chain.status).toBe(404);
    expect((await chain.json()).error).toBe('Chain "chain-nope" not found');
    const zone = await get(`/briefings/${CHAIN}.md?zone=zone-nope`);
    expect(zone.status).toBe(404);
    expect(await zone.json()).toMatchObject({
      error: 'Zone "zone-nope" not found',
      what: 'Zone',
      id: 'zone-nope',
    });
    const format = await get(`/briefings/${CHAIN}.pdf`);
    expect(format.status).toBe(404);
    expect((await format.json()).error).toContain(`${CHAIN}.pdf`);
  });

  it('503 when the database is down', async () => {
    const down = new Db({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    const app = createApp(down, { production: true, serveClient: false });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(
        `http://127.0.0.1:${(app.address() as AddressInfo).port}/briefings/${CHAIN}.md`,
      );
      expect(res.status).toBe(503);
      expect((await res.json()).code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      app.closeAllConnections();
      await new Promise((r) => app.close(r));
      await down.close();
    }
  });
});

describe('setChainLeader', () => {
  const SET = 'mutation ($c: ID!, $l: String!) { setChainLeader(chain: $c, leader: $l) { id leader } }';
  // Writes need an editor token (docs/EDITING.md); tests/integration/editing.test.ts covers the refusals.
  let editor: ReturnType<typeof graphqlClient>;
  beforeAll(async () => {
    editor = graphqlClient(db, { token: await createToken(db, 'editor') });
  });

  it('sets (trimmed) and clears the leader, and the briefing shows it', async () => {
    const set = await editor<{ setChainLeader: { leader: string | null } }>(SET, {
      c: CHAIN,
      l: '  王链长  ',
    });
    expect(set.errors).toBeUndefined();
    expect(set.data?.setChainLeader.leader).toBe('王链长');
    expect(await (await get(`/briefings/${CHAIN}.md`)).text()).toContain('**链长**：王链长');
    const cleared = await editor<{ setChainLeader: { leader: string | null } }>(SET, { c: CHAIN, l: '  ' });
    expect(cleared.data?.setChainLeader.leader).toBeNull();
    expect(await (await get(`/briefings/${CHAIN}.md`)).text()).toContain('**链长**：（未设置）');
  });

  it('rejects a leader over 50 characters and an unknown chain', async () => {
    const long = await editor(SET, { c: CHAIN, l: '长'.repeat(51) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'leader' });
    const unknown = await editor(SET, { c: 'chain-nope', l: '张三' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('chain-nope');
  });
});

describe('npm run briefing', () => {
  const run = (args: string[]) => runScript('briefing', args);

  it('writes a .docx that opens, and a directory of an industry', async () => {
    const out = path.join(tmp, 'cli', 'brief.docx');
    await run(['--chain', CHAIN, '--format', 'docx', '--out', out]);
    expect(readDocx(readFileSync(out)).tables[0]?.length).toBe(LINKS.length + 1);
    const dir = path.join(tmp, 'industry');
    await run(['--industry', 'ind-new-materials', '--format', 'md', '--out', dir]);
    const files = readdirSync(dir);
    expect(files).toContain('再生铝产业链（废铝）链长简报（綦江区）.md');
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('exits non-zero naming an unknown chain, and rejects an unknown format', async () => {
    await expect(run(['--chain', 'chain-nope', '--out', path.join(tmp, 'x.docx')])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Chain "chain-nope" not found'),
    });
    await expect(
      run(['--chain', CHAIN, '--format', 'pdf', '--out', path.join(tmp, 'x.pdf')]),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown format "pdf"'),
    });
    expect(existsSync(path.join(tmp, 'x.docx'))).toBe(false);
  }, 60_000);
});
