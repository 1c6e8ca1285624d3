/**
 * npm run extract:facts [-- --json]: recall of plan facts (zones with parents, firms with zones, projects with
 * capacities, year targets, the district; firms also by name alone, under any zone) on the hand-checked lists of tests/fixtures/plans/facts-gold.json, per
 * plan and per part (development / held-out), with the misses. See docs/EXTRACTION.md.
 */
import { readFileSync } from 'node:fs';
import { readSeed } from '../seed/read.ts';
import { type CityGold, scoreCity } from '../server/extract/facts/cityMeasure.ts';
import { addScores, type DistrictGold, scoreDistrict } from '../server/extract/facts/districtMeasure.ts';
import {
  type FactGold,
  factPrecision,
  measureFacts,
  planFixtureText,
  statusPrecision,
} from '../server/extract/facts/measure.ts';
import { type NamedChainsGold, scoreNamedChains } from '../server/extract/facts/namedChainsMeasure.ts';
import { addSought, type SoughtGold, scoreSought } from '../server/extract/facts/soughtMeasure.ts';
import { type SoughtWebGold, scoreSoughtWeb } from '../server/extract/facts/soughtWebMeasure.ts';
import { extract } from '../server/extract/index.ts';
import { makeLexicon } from '../server/extract/products.ts';
import { makeDoc, simplify } from '../server/extract/text.ts';
import { runCli } from './lib/cli.ts';

async function main(): Promise<number> {
  const gold = JSON.parse(readFileSync('tests/fixtures/plans/facts-gold.json', 'utf8')) as {
    plans: FactGold[];
  };
  const all = gold.plans.map((g) => {
    const x = extract(planFixtureText(readFileSync(g.plan, 'utf8')), g.title);
    // Precision only means something where the list names everything its text states (the blind-written ones).
    const complete = Boolean(g.blind ?? g.wasBlind);
    return {
      plan: g.plan,
      recall: measureFacts(x.facts, g, x.chains),
      precision: complete ? factPrecision(x.facts, g, x.chains) : null,
      statusPrecision: statusPrecision(x.facts, g),
    };
  });
  const district = districtScores();
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ plans: all, districtTargets: district }, null, 2)}\n`);
    return 0;
  }
  const pct = (r: { found: number; total: number }) => (r.total ? (r.found / r.total).toFixed(2) : '–');
  for (const { plan, recall, precision } of all) {
    process.stdout.write(`${plan}\n`);
    if (precision)
      process.stdout.write(
        `  precision ${Object.entries(precision)
          .map(([k, p]) => `${k} ${p.right}/${p.extracted}`)
          .join('  ')}\n`,
      );
    for (const [kind, parts] of Object.entries(recall)) {
      process.stdout.write(
        `  ${kind.padEnd(10)} dev ${parts.dev.found}/${parts.dev.total} (${pct(parts.dev)})  held-out ${parts.heldOut.found}/${parts.heldOut.total} (${pct(parts.heldOut)})\n`,
      );
      if (parts.dev.missed.length)
        process.stdout.write(`            dev misses: ${parts.dev.missed.join('；')}\n`);
      if (parts.heldOut.missed.length)
        process.stdout.write(`            held-out misses: ${parts.heldOut.missed.join('；')}\n`);
    }
  }
  // Recognition beside placement, over every text: a firm named (under any zone) and a firm with its zone.
  const sum = (kind: 'firmsNamed' | 'firms', part: 'dev' | 'heldOut') =>
    all.reduce(
      (t, { recall }) => ({
        found: t.found + recall[kind][part].found,
        total: t.total + recall[kind][part].total,
      }),
      { found: 0, total: 0 },
    );
  // Project statuses over every text: of those read on a judged project, how many are right; of those stated, found.
  const st = all.reduce(
    (t, a) => ({
      right: t.right + a.statusPrecision.right,
      extracted: t.extracted + a.statusPrecision.extracted,
    }),
    { right: 0, extracted: 0 },
  );
  const stated = all.reduce(
    (t, { recall }) => ({
      found: t.found + recall.status.dev.found + recall.status.heldOut.found,
      total: t.total + recall.status.dev.total + recall.status.heldOut.total,
    }),
    { found: 0, total: 0 },
  );
  process.stdout.write(
    `project status: precision ${st.right}/${st.extracted} (${pct({ found: st.right, total: st.extracted })}), recall ${stated.found}/${stated.total} (${pct(stated)})\n`,
  );
  for (const part of ['dev', 'heldOut'] as const) {
    const [named, placed] = [sum('firmsNamed', part), sum('firms', part)];
    process.stdout.write(
      `firms (${part}): named ${named.found}/${named.total} (${pct(named)}), with zone ${placed.found}/${placed.total} (${pct(placed)})\n`,
    );
  }
  // The district's own targets: development with its errors, held-out figures only.
  for (const [part, s] of [
    ['dev', district.dev],
    ['heldOut', district.heldOut],
  ] as const) {
    process.stdout.write(
      `district targets (${part}, ${s.texts} texts): precision ${s.right}/${s.extracted} (${pct({ found: s.right, total: s.extracted })}), recall ${s.found}/${s.total} (${pct(s)})\n`,
    );
    if (part === 'dev') for (const e of s.errors) process.stdout.write(`  ${e}\n`);
  }
  // Sought links (规划点名引进的环节): development with its errors, held-out figures only.
  const sought = soughtScores();
  for (const part of ['dev', 'heldOut'] as const) {
    const s = sought[part];
    process.stdout.write(
      `sought links (${part}, ${s.sentences} sentences): precision ${s.right}/${s.extracted} (${pct({ found: s.right, total: s.extracted })}), recall ${s.found}/${s.total} (${pct(s)})\n`,
    );
    if (part === 'dev') for (const e of s.errors) process.stdout.write(`  ${e}\n`);
  }
  // The same on sentences of other documents, with the Qijiang seed's chain links as the graph's (sought-web-gold).
  const web = soughtWebScores();
  for (const part of ['dev', 'heldOut'] as const) {
    const w = web[part];
    for (const kind of ['sought', 'wanted'] as const) {
      const s = w[kind];
      process.stdout.write(
        `${kind === 'sought' ? 'sought links, graph lexicon' : 'wanted items'} (${part}, ${w.sentences} sentences): precision ${s.right}/${s.extracted} (${pct({ found: s.right, total: s.extracted })}), recall ${s.found}/${s.total} (${pct(s)})\n`,
      );
      if (part === 'dev') for (const e of s.errors) process.stdout.write(`  ${e}\n`);
    }
  }
  // City or county (区县 or 地级市): development with its misses, held-out figures only.
  const city = cityScores();
  for (const part of ['dev', 'heldOut'] as const) {
    const s = city[part];
    process.stdout.write(
      `city proposals (${part}, ${s.total} texts): right ${s.right}/${s.total} (${pct({ found: s.right, total: s.total })}); city texts ${s.city.right}/${s.city.total}, county texts ${s.county.right}/${s.county.total}\n`,
    );
    if (part === 'dev') for (const m of s.misses) process.stdout.write(`  ${m}\n`);
  }
  // Chains named in a list (规划点名的产业链), each sentence read alone: development with its errors, held-out figures only.
  const named = namedChainScores();
  for (const part of ['dev', 'heldOut'] as const) {
    const s = named[part];
    process.stdout.write(
      `named chains (${part}, ${s.sentences} sentences of ${s.documents} documents): precision ${s.right}/${s.extracted} (${pct({ found: s.right, total: s.extracted })}), recall ${s.found}/${s.total} (${pct(s)})\n`,
    );
    if (part === 'dev') for (const e of s.errors) process.stdout.write(`  ${e}\n`);
  }
  return 0;
}

/** The chains named in a list on the sentences of tests/fixtures/plans/named-chains-gold.json, per part. */
function namedChainScores() {
  const gold = JSON.parse(
    readFileSync('tests/fixtures/plans/named-chains-gold.json', 'utf8'),
  ) as NamedChainsGold;
  return scoreNamedChains(gold, (text) => extract(text, '').facts);
}

/**
 * Sought links and wanted items on the sentences of tests/fixtures/plans/sought-web-gold.json, each read alone with
 * the lexicon the Qijiang graph gives an upload: its products, FEEDS pairs and chain links, from the seed files.
 */
function soughtWebScores() {
  const gold = JSON.parse(readFileSync('tests/fixtures/plans/sought-web-gold.json', 'utf8')) as SoughtWebGold;
  const seed = readSeed('seed');
  const name = new Map(seed.products.map((p) => [p.id, p.name]));
  const links = [...new Set(seed.hasLink.flatMap((h) => name.get(h.product) ?? []))];
  const pairs = seed.feeds.flatMap((f) => {
    const [a, b] = [name.get(f.from), name.get(f.to)];
    return a && b ? [[b, a] as [string, string]] : [];
  });
  const lexicon = makeLexicon(name.values(), pairs, 'graph', links);
  return scoreSoughtWeb(gold, (text) => extract(text, '', { lexicon }).facts);
}

/** The proposal (city or county) on the texts of tests/fixtures/plans/city-level-gold.json, per part. */
function cityScores() {
  const gold = JSON.parse(readFileSync('tests/fixtures/plans/city-level-gold.json', 'utf8')) as CityGold;
  const proposed = (plan: string) => extract(planFixtureText(readFileSync(plan, 'utf8')), '').facts.district;
  return {
    dev: scoreCity(
      gold.texts.filter((t) => !t.heldOut),
      proposed,
    ),
    heldOut: scoreCity(
      gold.texts.filter((t) => t.heldOut),
      proposed,
    ),
  };
}

/** Sought links on the texts of tests/fixtures/plans/sought-gold.json, per part (held-out: figures only). */
function soughtScores() {
  const gold = JSON.parse(readFileSync('tests/fixtures/plans/sought-gold.json', 'utf8')) as SoughtGold;
  const scores = gold.texts.map((t) => {
    const raw = planFixtureText(readFileSync(t.plan, 'utf8'));
    return scoreSought(t, extract(raw, '').facts.sought, simplify(makeDoc(raw).match));
  });
  const count = (heldOut: boolean) =>
    gold.texts.flatMap((t) => t.sentences).filter((s) => s.heldOut === heldOut).length;
  return {
    dev: { ...addSought(scores.map((s) => s.dev)), sentences: count(false) },
    heldOut: { ...addSought(scores.map((s) => s.heldOut)), errors: [], sentences: count(true) },
  };
}

/** District targets on every text of tests/fixtures/plans/district-targets-gold.json, per part. */
function districtScores() {
  const gold = JSON.parse(
    readFileSync('tests/fixtures/plans/district-targets-gold.json', 'utf8'),
  ) as DistrictGold;
  const part = (heldOut: boolean) => {
    const texts = gold.texts.filter((t) => t.heldOut === heldOut);
    const score = addScores(
      texts.map((t) =>
        scoreDistrict(
          t.plan,
          extract(planFixtureText(readFileSync(t.plan, 'utf8')), '').facts.districtTargets,
          t.targets,
        ),
      ),
    );
    return { ...score, texts: texts.length };
  };
  return { dev: part(false), heldOut: part(true) };
}

runCli(main);
