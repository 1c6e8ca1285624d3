import { capacitiesOf, capacityText } from '../../vocab/capacity.ts';
import type { CandidateModel, EnterpriseModel, ProjectModel, Ref } from '../graphql/models.ts';

/** Rows of cypher/gap-candidates.cypher for one link. */
export interface CandidateRows {
  targets: { enterprise: EnterpriseModel; via: Ref | null; source: string | null }[];
  pool: {
    enterprise: EnterpriseModel;
    weight: number | null;
    productName: string | null;
    basis: string | null;
  }[];
  projects: { project: ProjectModel; source: string | null }[];
}

/**
 * The shortlist for one weak or missing link: plan targets first (named for the link itself before those named
 * for its chain), then projects, then national-pool enterprises by the weight of the product in their business.
 * Each candidate says why in one line.
 */
export function candidatesFor(linkName: string, rows: CandidateRows): CandidateModel[] {
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
  for (const t of [...direct, ...viaChain]) {
    if (seen.has(t.enterprise.id)) continue;
    seen.add(t.enterprise.id);
    out.push({
      kind: 'PLAN_TARGET',
      enterprise: t.enterprise,
      project: null,
      reason: t.via ? `规划点名的招引对象（${t.via.name}）` : `规划点名的「${linkName}」招引对象`,
      source: t.source,
    });
  }
  for (const p of rows.projects) {
    const where = p.project.zone ? `，位于${p.project.zone.name}` : '';
    const cap = capacityText(capacitiesOf(p.project.capacityValues, p.project.capacityUnits));
    out.push({
      kind: 'PROJECT',
      enterprise: null,
      project: p.project,
      reason: `${p.project.status ?? '规划'}项目${cap ? `，产能 ${cap}` : ''}${where}`,
      source: p.source,
    });
  }
  for (const e of rows.pool) {
    if (seen.has(e.enterprise.id)) continue;
    seen.add(e.enterprise.id);
    const share = e.weight === null ? '' : `，占比 ${(e.weight * 100).toFixed(1)}%`;
    out.push({
      kind: 'POOL_ENTERPRISE',
      enterprise: e.enterprise,
      project: null,
      reason: `主营产品 ${e.productName ?? linkName}${share}${e.basis ? `（匹配：${e.basis}）` : ''}`,
      source: null,
    });
  }
  return out;
}
