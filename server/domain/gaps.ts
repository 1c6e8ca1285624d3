/**
 * Whom first: the one ranked shortlist of a weak or missing link, each candidate with a fit (0–1), its reason
 * and where it is. Plan-named targets first (named for the link itself, 1.0, before those named for its chain,
 * 0.9), then projects in scope (0.8: the ones the status line counts; those elsewhere follow, folded), then national-pool firms by the share of the product in their main business (fit
 * 0.7 × share; an exact name match before a normalised one before an alias at the same share). Pool firms below
 * WEAK_SHARE, and those after the first MAX_POOL_LISTED, are `folded` (shown under "更多"). The upstream view,
 * the inspector, the CSV and the briefing all show this list.
 */

import { FIT } from '../../vocab/candidate.ts';
import { capacitiesOf, capacityText } from '../../vocab/capacity.ts';
import { byChineseName } from '../../vocab/names.ts';
import { MAX_POOL_LISTED, WEAK_SHARE } from '../../vocab/priority.ts';
import { STATUS_UNSTATED } from '../../vocab/project.ts';
import type {
  CandidateModel,
  EnterpriseModel,
  PlaceModel,
  ProjectModel,
  Ref,
  ZoneRef,
} from '../graphql/models.ts';
import { placeLabel, placeOfName } from './place.ts';

/** Rows of cypher/gap-candidates.cypher for one link. */
export interface CandidateRows {
  targets: {
    enterprise: EnterpriseModel;
    via: Ref | null;
    source: string | null;
    /** The district whose plan names the target; `ours`: that plan is the scope's. Absent when unknown. */
    district?: (Ref & { ours: boolean }) | null;
  }[];
  pool: {
    enterprise: EnterpriseModel;
    weight: number | null;
    productName: string | null;
    basis: string | null;
  }[];
  /** `district`: the district whose plan states the project (its place when the plan names no zone). */
  projects: { project: ProjectModel; source: string | null; district?: Ref | null }[];
  /** Local firms of the graph producing the link outside the scope, nearest first (none without a scope). */
  others?: {
    enterprise: EnterpriseModel;
    zone: ZoneRef;
    district: ZoneRef | null;
    city: string | null;
    province: string | null;
    /** 0 same district as the scope, 1 same city, 2 same province, 3 elsewhere. */
    distance: number;
    source: string | null;
  }[];
  /**
   * The scope's plans that name the link as one to bring in (a district's SEEKS edge), each with the sentences
   * that say so. Absent when not read.
   */
  sought?: SoughtRow[];
}

/** A district whose plan names a link as one to bring in, with the sentences (Source id and quote). */
export interface SoughtRow {
  district: Ref;
  sources: { id: string; quote: string }[];
}

/**
 * Fits by kind (vocab/candidate.ts, where the explorer reads them too). A firm elsewhere in the graph ranks below
 * every listed pool firm (whose fit is at least 0.7 × WEAK_SHARE = 0.07): 0.06 in the same district, 0.01 less
 * per step away (city, province, elsewhere).
 */
export { FIT };

/** 外区企业 listed before "更多"; how many nearest ones are read. */
export const MAX_OTHER_LISTED = 5;
export const MAX_OTHER_READ = 20;

const NEAR = ['同区县其他区域', '同市其他区县', '同省其他区县', '外省'] as const;
/** 直辖市: a province-level city — its districts are 同市, not 同省 (a 重庆市 officer says 市内其他区县). */
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
const nearText = (d: number, province: string | null) =>
  d === 2 && province && MUNICIPALITIES.has(province) ? NEAR[1] : NEAR[d];

/** How a pool product name matched the link (server/pool/match.ts): better first. */
const BASIS: Record<string, { rank: number; text: string }> = {
  exact: { rank: 0, text: '名称一致' },
  normalised: { rank: 1, text: '名称规范化后一致' },
  alias: { rank: 2, text: '经别名匹配' },
};

const basisRank = (b: string | null) => BASIS[b ?? '']?.rank ?? 3;

/** The place of an outside firm from its registered name; of a project from its zone in the graph. */
function firmPlace(e: EnterpriseModel): PlaceModel | null {
  const p = placeOfName(e.fullName ?? e.name);
  return p ? { ...p, label: placeLabel(p), basis: '注册名称' } : null;
}

const share = (w: number) => `${(w * 100).toFixed(1)}%`;

/**
 * `inScope`: ids of the projects the link's status counts (in the scope); others are folded, so the list and
 * the status line count the same projects. Without it every project counts.
 */
export function candidatesFor(
  linkName: string,
  rows: CandidateRows,
  inScope?: ReadonlySet<string>,
): CandidateModel[] {
  const out: CandidateModel[] = [];
  const seen = new Set<string>();
  // The targets come from a UNION with no order of its own: by name, then id (as the chain view lists targets).
  const byName = (a: CandidateRows['targets'][number], b: CandidateRows['targets'][number]) =>
    a.enterprise.name < b.enterprise.name
      ? -1
      : a.enterprise.name > b.enterprise.name
        ? 1
        : a.enterprise.id < b.enterprise.id
          ? -1
          : 1;
  const direct = rows.targets.filter((t) => t.via === null).sort(byName);
  const viaChain = rows.targets.filter((t) => t.via !== null).sort(byName);
  // The scope's own plan's targets first; another district's (秀山 viewing a link 綦江区's plan targets) after
  // them, folded, saying whose plan names them, and not counted in the priority as the scope's own.
  const ours = (t: CandidateRows['targets'][number]) => t.district?.ours !== false;
  const ordered = [...direct, ...viaChain].sort((a, b) => Number(ours(b)) - Number(ours(a)));
  for (const t of ordered) {
    if (seen.has(t.enterprise.id)) continue;
    seen.add(t.enterprise.id);
    const whose = ours(t) ? '' : (t.district?.name ?? '');
    out.push({
      kind: 'PLAN_TARGET',
      enterprise: t.enterprise,
      project: null,
      fit: t.via ? FIT.chainTarget : FIT.directTarget,
      folded: !ours(t),
      reason: t.via
        ? `${whose}规划点名的招引对象（${t.via.name}）`
        : `${whose}规划点名的「${linkName}」招引对象`,
      source: t.source,
      place: firmPlace(t.enterprise),
    });
  }
  const counted = (p: ProjectModel) => !inScope || inScope.has(p.id);
  const projects = [...rows.projects].sort((a, b) => Number(counted(b.project)) - Number(counted(a.project)));
  for (const p of projects) {
    const zone = p.project.zone;
    // Outside the scope, a project of another district's plan says which (綦江区's 锂离子电池材料项目 in 秀山's
    // view of 负极材料 read “区域未载明”, as if it were 秀山's own project without a zone).
    const where = zone?.name ?? (p.district ? `${p.district.name}，区域未载明` : '区域未载明');
    const elsewhere = counted(p.project) ? '' : `，不在当前范围（${where}），未计入状态`;
    const cap = capacityText(capacitiesOf(p.project.capacityValues, p.project.capacityUnits));
    out.push({
      kind: 'PROJECT',
      enterprise: null,
      project: p.project,
      fit: FIT.project,
      folded: elsewhere !== '',
      reason: `${p.project.status ? `${p.project.status}项目` : `项目（${STATUS_UNSTATED}）`}${cap ? `，产能 ${cap}` : ''}${zone && !elsewhere ? `，位于${zone.name}` : ''}${elsewhere}`,
      source: p.source,
      place: zone
        ? { province: null, city: null, label: zone.name, basis: '图谱区域' }
        : !counted(p.project) && p.district
          ? { province: null, city: null, label: p.district.name, basis: '图谱区域' }
          : null,
    });
  }
  const pool = rows.pool
    .filter((e) => !seen.has(e.enterprise.id))
    .map((e) => ({ ...e, w: Math.max(0, Math.min(1, e.weight ?? 0)) }))
    .sort(
      (a, b) =>
        b.w - a.w ||
        basisRank(a.basis) - basisRank(b.basis) ||
        byChineseName(a.enterprise.name, b.enterprise.name),
    );
  let listed = 0;
  for (const e of pool) {
    if (seen.has(e.enterprise.id)) continue;
    seen.add(e.enterprise.id);
    const strong = e.weight !== null && e.w >= WEAK_SHARE;
    const folded = !strong || listed >= MAX_POOL_LISTED;
    if (!folded) listed++;
    const basis = BASIS[e.basis ?? '']?.text;
    const pct = e.weight === null ? '占比未知' : `占主营业务 ${share(e.w)}`;
    out.push({
      kind: 'POOL_ENTERPRISE',
      enterprise: e.enterprise,
      project: null,
      fit: Math.round(FIT.poolMax * e.w * 1000) / 1000,
      folded,
      reason: `主营产品 ${e.productName ?? linkName}，${pct}${basis ? `（${basis}）` : ''}${strong ? '' : `，低于 ${share(WEAK_SHARE)}`}`,
      source: null,
      place: firmPlace(e.enterprise),
    });
  }
  out.push(...otherDistricts(linkName, rows.others ?? [], seen));
  // Folded ones last, each group in rank order: nothing under "更多" comes before a listed candidate.
  return [...out.filter((c) => !c.folded), ...out.filter((c) => c.folded)];
}

/** 外区企业: nearest region first (as read); the first MAX_OTHER_LISTED listed, the rest folded. */
function otherDistricts(
  linkName: string,
  others: NonNullable<CandidateRows['others']>,
  seen: Set<string>,
): CandidateModel[] {
  const out: CandidateModel[] = [];
  for (const o of others) {
    if (seen.has(o.enterprise.id)) continue;
    seen.add(o.enterprise.id);
    const d = Math.max(0, Math.min(3, o.distance));
    const where =
      o.district && o.district.id !== o.zone.id ? `${o.district.name}${o.zone.name}` : o.zone.name;
    const label = `${o.province ?? ''}${o.city ?? ''}${where}`;
    out.push({
      kind: 'OTHER_DISTRICT',
      enterprise: o.enterprise,
      project: null,
      fit: Math.round((FIT.otherMax - 0.01 * d) * 100) / 100,
      folded: out.length >= MAX_OTHER_LISTED,
      reason: `图谱内${nearText(d, o.province)}的本地企业，生产「${linkName}」，位于${where}`,
      source: o.source,
      place: { province: o.province, city: o.city, label, basis: '图谱区域' },
      district: o.district,
    });
  }
  return out;
}

/** The candidates listed before "更多". */
export const listed = (cs: readonly CandidateModel[]) => cs.filter((c) => !c.folded);

/**
 * The listed candidates by kind as the priority counts them. `others`: how many 外区企业 produce the link (the
 * stored counts) when the list was read without them (a long upstream list); the first MAX_OTHER_LISTED of them
 * count as listed, as they would be when read (a read list holds min(MAX_OTHER_READ, all) of them, and
 * MAX_OTHER_READ ≥ MAX_OTHER_LISTED), so both give the same priority. Undefined: count them from the list.
 */
export function listedKinds(
  cs: readonly CandidateModel[],
  others?: number | null,
): { kind: CandidateModel['kind'] }[] {
  const shown = listed(cs);
  if (others === undefined) return shown;
  const n = Math.min(MAX_OTHER_LISTED, Math.max(0, others ?? 0));
  return [
    ...shown.filter((c) => c.kind !== 'OTHER_DISTRICT'),
    ...Array.from({ length: n }, () => ({ kind: 'OTHER_DISTRICT' as const })),
  ];
}
