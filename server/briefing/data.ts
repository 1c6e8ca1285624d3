import type {
  Briefing,
  BriefingCandidate,
  BriefingGap,
  BriefingSource,
  ZoneTarget,
} from '../../vocab/briefing.ts';
import { capacityText } from '../../vocab/capacity.ts';
import { ENTERED_CHAIN } from '../../vocab/imports.ts';
import { LEAD_STAGES } from '../../vocab/lead.ts';
import { byChineseName } from '../../vocab/names.ts';
import { gapsOf } from '../domain/gapPipeline.ts';
import { byPriority } from '../domain/priority.ts';
import type { buildYoga } from '../graphql/yoga.ts';
import { BRIEFING_QUERY, type BriefingLeadRow, type BriefingRow, type Src } from './query.ts';

type Yoga = ReturnType<typeof buildYoga>;

/** Why a briefing could not be built: an unknown chain or zone, or the database being down. */
export class BriefingError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'FORBIDDEN' | 'FAILED',
    message: string,
    readonly what?: string,
    readonly id?: string,
  ) {
    super(message);
    this.name = 'BriefingError';
  }
}

/** Numbers sources [1], [2]… in order of first citation. */
class Citations {
  readonly list: BriefingSource[] = [];
  private readonly byId = new Map<string, number>();
  cite(sources: readonly (Src | null | undefined)[]): number[] {
    const out: number[] = [];
    for (const s of sources) {
      if (!s) continue;
      let n = this.byId.get(s.id);
      if (n === undefined) {
        n = this.list.length + 1;
        this.byId.set(s.id, n);
        this.list.push({ n, id: s.id, section: s.section, quote: s.quote });
      }
      if (!out.includes(n)) out.push(n);
    }
    return out;
  }
}

/** The quotes that state a target (亿元) — the headings a node also cites are left out when possible. */
const targetQuotes = (sources: Src[]) => {
  const t = sources.filter((s) => s.quote.includes('亿元'));
  return t.length ? t : sources;
};

/**
 * The industry's target the briefing states: the latest year its plans give (the current plan's: 2026 of 秀山's
 * plan, 2030 of a 十五五), else the 2025 figures; year null when there is none (秀山's 医药: “达到百亿级规模”).
 */
export function industryTarget(
  ind: BriefingRow['industry'],
): Pick<Briefing['targets'], 'year' | 'output' | 'valueAdded'> {
  const latest = [...ind.targets]
    .filter((t) => t.output !== null || t.valueAdded !== null)
    .sort((a, b) => b.year - a.year)[0];
  if (latest) return { year: latest.year, output: latest.output, valueAdded: latest.valueAdded };
  if (ind.output2025 !== null || ind.valueAdded2025 !== null)
    return { year: 2025, output: ind.output2025, valueAdded: ind.valueAdded2025 };
  return { year: null, output: null, valueAdded: null };
}

/** YYYY-MM-DD in China time (the district's). */
export const chinaDate = (now: Date) => now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** The leads of the briefing: in pipeline order (线索 first, 签约 last), then by firm. */
function pipelineOf(leads: readonly BriefingLeadRow[]): Briefing['pipeline'] {
  return leads
    .map((l) => ({
      firm: l.firmName,
      link: l.link.name,
      zone: l.zone.name,
      owner: l.owner,
      stage: l.stage,
      nextStep: l.nextStep,
      nextStepDate: l.nextStepDate,
      overdue: l.overdue,
      investment: l.investment,
      project: l.project?.name ?? null,
    }))
    .sort(
      (a, b) => LEAD_STAGES.indexOf(a.stage) - LEAD_STAGES.indexOf(b.stage) || byChineseName(a.firm, b.firm),
    );
}

/** Response of BRIEFING_QUERY → Briefing (pure). */
export function toBriefing(
  row: BriefingRow,
  now: Date,
  leads: readonly BriefingLeadRow[] = [],
  poolLoaded = false,
): Briefing {
  const c = new Citations();
  const expressionCites = c.cite(row.sources);
  const ind = row.industry;
  const industryCites = c.cite(targetQuotes(ind.sources));
  const seen = new Set<string>();
  const zones: ZoneTarget[] = [];
  for (const z of [...ind.keyZones, ...ind.focusZones]) {
    if (seen.has(z.id)) continue;
    seen.add(z.id);
    const known = z.output2025 !== null || z.valueAdded2025 !== null;
    zones.push({
      name: z.name,
      output2025: z.output2025,
      valueAdded2025: z.valueAdded2025,
      cites: known ? c.cite(targetQuotes(z.sources)) : [],
    });
  }
  const links = row.links.map((l) => ({
    id: l.product.id,
    name: l.product.name,
    stage: l.stage + 1,
    status: l.status,
    summary: l.reason.summary,
    producers: l.reason.producers.map((p) => ({
      name: p.name,
      zone: p.zone?.name ?? null,
      cites: c.cite([p.producesSource]),
      stale: p.stale,
      updatedAt: p.updatedAt?.slice(0, 10) ?? null,
    })),
    projects: l.reason.projects.map((p) => ({
      name: p.name,
      capacity: capacityText(p.capacities, l.product.name),
      status: p.status,
      zone: p.zone?.name ?? null,
      cites: c.cite(p.sources),
      stale: p.stale,
      updatedAt: p.updatedAt?.slice(0, 10) ?? null,
    })),
  }));
  // The explorer's list: gaps by priority, each with the candidates it lists before "更多".
  const gaps: BriefingGap[] = [];
  const rated = gapsOf(row.links).flatMap((l) =>
    l.priority && l.gapKind ? [{ ...l, priority: l.priority, gapKind: l.gapKind }] : [],
  );
  for (const l of byPriority(rated)) {
    const candidates: BriefingCandidate[] = [];
    for (const k of l.candidates.filter((x) => !x.folded)) {
      const name = k.enterprise?.name ?? k.project?.name;
      if (!name) continue;
      candidates.push({
        kind: k.kind,
        name,
        reason: k.reason,
        place: k.place?.label ?? null,
        cites: c.cite([k.source]),
      });
    }
    gaps.push({
      link: l.product.name,
      stage: l.stage + 1,
      status: l.status,
      summary: l.reason.summary,
      kind: l.gapKind,
      breaksChain: l.breaksChain,
      priority: {
        score: l.priority.score,
        tier: l.priority.tier,
        // A part that quotes the plan (规划引进) cites its sentences like every fact in the briefing.
        parts: l.priority.parts.map((p) => ({
          part: p.part,
          points: p.points,
          text: p.text,
          cites: c.cite(p.sources),
        })),
      },
      candidates,
      folded: l.candidates.filter((x) => x.folded).length,
    });
  }
  return {
    chainId: row.id,
    title: `${row.name}链长简报`,
    chainName: row.name,
    // An entered chain's line is the reviewer's reading of its cited sentence, not the plan's writing: said so.
    expression: row.entered ? `${row.expression}（${ENTERED_CHAIN.label}）` : row.expression,
    expressionCites,
    industry: ind.name,
    leader: row.leader?.trim() ? row.leader : null,
    scope: { zoneId: row.scope.zone?.id ?? null, label: row.scope.label },
    date: chinaDate(now),
    targets: { ...industryTarget(ind), cites: industryCites, zones },
    links,
    feeds: row.feeds.map((f) => ({ from: f.from, to: f.to })),
    gaps,
    pipeline: pipelineOf(leads),
    poolLoaded,
    sources: c.list,
  };
}

interface GqlResult {
  data?: { chain: BriefingRow; leads: BriefingLeadRow[]; poolLoaded: boolean } | null;
  errors?: { message: string; extensions?: { code?: string; what?: string; id?: string } }[];
}

/** Runs the one briefing operation through the yoga instance and shapes the result. */
export async function fetchBriefing(
  yoga: Yoga,
  chainId: string,
  zone: string | null,
  now = new Date(),
  /** The caller's Authorization header, passed on so READ_REQUIRES_TOKEN applies to briefings too. */
  authorization?: string,
): Promise<Briefing> {
  const res = await yoga.fetch('http://local/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-graphql-csrf': '1',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query: BRIEFING_QUERY, variables: { id: chainId, zone } }),
  });
  const body = (await res.json()) as GqlResult;
  const err = body.errors?.[0];
  if (err) {
    const code = err.extensions?.code;
    if (code === 'NOT_FOUND') {
      const what = err.extensions?.what ?? 'Chain';
      const id = err.extensions?.id ?? chainId;
      throw new BriefingError('NOT_FOUND', `${what} "${id}" not found`, what, id);
    }
    if (code === 'SERVICE_UNAVAILABLE') throw new BriefingError('SERVICE_UNAVAILABLE', err.message);
    if (code === 'FORBIDDEN') throw new BriefingError('FORBIDDEN', err.message);
    throw new BriefingError('FAILED', `briefing query failed: ${err.message}`);
  }
  if (!body.data?.chain) throw new BriefingError('FAILED', 'briefing query returned no chain');
  return toBriefing(body.data.chain, now, body.data.leads ?? [], body.data.poolLoaded);
}
