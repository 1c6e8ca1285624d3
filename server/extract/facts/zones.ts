/**
 * Zones as facts: each zone mention with its parent (开发区 → 组团 → 园区; a town or a top zone hangs under the
 * district: parent null) and its year target. Parent rules, in order:
 *  1. a prefix naming a higher zone: 高新区桥河组团 → 桥河组团 under the zone whose kind is 高新区;
 *  2. a park whose name starts with a 组团's base: 北渡铝产业园 → under 北渡组团;
 *  3. a list introduced by 其中 right after a zone (or its short name set by 以下简称): 园区共入驻企业 67 户，其中，
 *     生命健康产业园 55 户、安民…产业园 11 户 → under that zone;
 * Towns: a run of two or more names of the district's towns separated by 、 (三江、石角、赶水、打通).
 */
import type { ZoneFact, ZoneMention } from '../../../vocab/imports.ts';
import { type Doc, sentenceAt } from '../text.ts';
import type { FoundTarget } from './targets.ts';

const HIGHER = /^(高新区|经开区|开发区|经济开发区|工业园区)(?=.{2,}(组团|园区|产业园|工业园|片区)$)/;
const TOP_KINDS = /高新技术产业开发区|高新区|经济技术开发区|经济开发区|开发区|经开区|工业园区/;
const ALIAS = /（以下简称[：:]?\s*“?([^）”]{1,8})”?）/g;

function baseOf(z: { name: string; kind: string }): string {
  return z.name.slice(0, z.name.length - z.kind.length);
}

export function zoneFacts(
  doc: Doc,
  mentions: ZoneMention[],
  towns: Map<string, string>,
  targets: FoundTarget[],
): ZoneFact[] {
  const facts = new Map<string, ZoneFact>();
  for (const m of mentions) {
    const prefix = HIGHER.exec(m.name)?.[0];
    const name = prefix ? m.name.slice(prefix.length) : m.name;
    const seen = facts.get(name);
    if (seen) {
      if (prefix && !seen.parent) seen.parent = `@${prefix}`;
      continue;
    }
    facts.set(name, { ...m, name, parent: prefix ? `@${prefix}` : null, target: null });
  }
  const all = [...facts.values()];
  const top = all.find((z) => TOP_KINDS.test(z.kind) && !/^(国家|重庆|万盛|市级)/.test(z.name));
  // 1. prefixes name the top zone of that kind.
  for (const z of all) if (z.parent?.startsWith('@')) z.parent = top && top.name !== z.name ? top.name : null;
  // 2. a park named after a 组团 (北渡铝产业园 → 北渡组团).
  const groups = all.filter((z) => z.kind === '组团');
  for (const z of all) {
    if (z.parent || z.kind === '组团' || TOP_KINDS.test(z.kind)) continue;
    const g = groups.find((g) => baseOf(g).length >= 2 && z.name.startsWith(baseOf(g)));
    if (g) z.parent = g.name;
  }
  // 3. 其中 lists after the top zone's short name (以下简称：园区) or a zone.
  const aliases = new Map<string, string>();
  for (const a of doc.match.matchAll(ALIAS)) {
    const owner = all.find((z) => (a.index ?? 0) - z.end >= 0 && (a.index ?? 0) - z.end < 4);
    if (owner && a[1]) aliases.set(a[1], owner.name);
  }
  for (const z of all) {
    if (z.parent || z === top) continue;
    const before = doc.match.slice(Math.max(0, z.start - 60), z.start);
    const q = before.lastIndexOf('其中');
    if (q < 0 || /[。；]/.test(before.slice(q))) continue;
    const lead = before.slice(0, q);
    const owner =
      [...aliases].find(([short]) => lead.includes(short))?.[1] ??
      all.find((o) => o !== z && lead.includes(o.name))?.name;
    if (owner && owner !== z.name) z.parent = owner;
  }
  // Towns of the district listed together.
  if (towns.size > 0) {
    const names = [...towns.keys()].sort((a, b) => b.length - a.length).join('|');
    const run = new RegExp(`(?:${names})(?:、(?:${names}))+`, 'g');
    for (const r of doc.match.matchAll(run)) {
      let at = r.index ?? 0;
      for (const t of r[0].split('、')) {
        if (!facts.has(t))
          facts.set(t, {
            name: doc.text.slice(at, at + t.length),
            kind: '镇街',
            parent: null,
            target: null,
            start: at,
            end: at + t.length,
            quote: sentenceAt(doc, at, at + t.length),
          });
        at += t.length + 1;
      }
    }
  }
  attachTargets(doc, [...facts.values()], targets);
  return [...facts.values()].sort((a, b) => a.start - b.start);
}

/** A target with no subject of its own belongs to the zone named last before it (≤ 250 characters, no heading). */
function attachTargets(doc: Doc, zones: ZoneFact[], targets: FoundTarget[]): void {
  const headingAts = doc.headings.map((h) => h.at);
  for (const t of targets) {
    if (t.subject && /产业|工业/.test(t.subject)) continue;
    let best: { zone: ZoneFact; at: number } | null = null;
    for (const z of zones) {
      const at = doc.match.lastIndexOf(z.name, t.start);
      if (at >= 0 && t.start - at < 250 && (!best || at > best.at)) best = { zone: z, at };
    }
    if (!best || best.zone.target) continue;
    if (headingAts.some((h) => h > best.at && h < t.start)) continue;
    best.zone.target = { year: t.year, output: t.output, valueAdded: t.valueAdded, quote: t.quote, start: t.start };
  }
}
