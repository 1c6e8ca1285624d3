/**
 * The pieces every gap list shows (upstream view, link inspector, chain page, zone page): the tier badge, the gap
 * kind, one line per priority part, the ranked candidates with "更多" folding and grouping by place, and the
 * sort toggle. The words come from vocab/priority.ts; the numbers from the server (domain/priority.ts, gaps.ts).
 */
import { type ReactNode, useState } from 'react';
import { fitLook } from '../../../vocab/candidate.ts';
import {
  GAP_KIND,
  type GapKind,
  type GapSort,
  PART_LABEL,
  type PriorityTier,
  TIER,
} from '../../../vocab/priority.ts';
import type { GapPriorityFragment, RankedCandidateFragment } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { chipStyle, KindChip } from './common.tsx';

export function TierBadge({ tier, score }: { tier: PriorityTier; score?: number }) {
  const t = TIER[tier];
  return (
    <span className="tier" data-tier={tier} title={zh.gaps.scoreHint} style={chipStyle(t)}>
      {`优先级${t.label}`}
      {score !== undefined && ` · ${zh.gaps.score(score)}`}
    </span>
  );
}

export function GapKindChip({ kind, breaksChain }: { kind: GapKind; breaksChain: boolean }) {
  return (
    <span className="gap-kind" title={GAP_KIND[kind].help}>
      {GAP_KIND[kind].label}
      {breaksChain && <span className="breaks"> · 断链</span>}
    </span>
  );
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** One line per part of the score: label, points, and the facts behind them. */
export function PriorityParts({
  priority,
  note,
}: {
  priority: GapPriorityFragment;
  /** What follows a part's line, by its index (the briefing's footnote marks). */
  note?: (index: number) => ReactNode;
}) {
  return (
    <ul className="priority-parts" data-testid="priority-parts">
      {priority.parts.map((p, i) => (
        <li key={p.part} className="part-line" data-part={p.part}>
          <span className="part-label">
            {PART_LABEL[p.part]} <b>{signed(p.points)}</b>
          </span>{' '}
          {p.text}
          {note?.(i)}
        </li>
      ))}
    </ul>
  );
}

/** Opens a lead (招商线索) for a candidate; the lists that can offer it pass it down. */
type OnLead = ((c: RankedCandidateFragment) => void) | undefined;

function CandidateItem({ c, onLead }: { c: RankedCandidateFragment; onLead: OnLead }) {
  // A level, the score and its rule in the tooltip: “匹配度 0.04” for a 外区企业 read as 4 %.
  const fit = fitLook(c.kind, c.fit);
  return (
    <li data-testid="candidate" data-folded={c.folded ? 'true' : undefined}>
      <KindChip kind={c.kind} />
      <strong>{c.enterprise?.name ?? c.project?.name}</strong>
      <span className="fit" data-level={fit.level} title={fit.help}>
        {zh.gaps.fit(fit.label)}
      </span>
      {c.place && (
        <span className="place" title={zh.gaps.placeBasis(c.place.basis)}>
          {c.place.label}
        </span>
      )}
      <span className="small muted"> {c.reason}</span>
      {onLead && (
        <button type="button" className="small lead-button" onClick={() => onLead(c)}>
          {zh.pipeline.create}
        </button>
      )}
    </li>
  );
}

function Items({ cs, onLead }: { cs: readonly RankedCandidateFragment[]; onLead: OnLead }) {
  return (
    <ul className="candidates">
      {cs.map((c) => (
        <CandidateItem key={`${c.kind}-${c.enterprise?.id ?? c.project?.id}`} c={c} onLead={onLead} />
      ))}
    </ul>
  );
}

/**
 * "从哪里招": province and city (重庆市, 四川省自贡市); a 外区企业 by its district too, so the firms of the
 * officer's own district or a neighbouring one do not merge into their province.
 */
export function placeKey(c: RankedCandidateFragment): string {
  const p = c.place;
  if (!p?.province) return p?.label ?? zh.gaps.placeUnknown;
  const city = p.city && p.city !== p.province ? p.city : '';
  return `${p.province}${city}${c.district?.name ?? ''}`;
}

/** Candidates grouped by province (or zone), the groups in order of their best candidate. */
export function byPlace(cs: readonly RankedCandidateFragment[]): [string, RankedCandidateFragment[]][] {
  const groups = new Map<string, RankedCandidateFragment[]>();
  for (const c of cs) groups.set(placeKey(c), [...(groups.get(placeKey(c)) ?? []), c]);
  return [...groups];
}

/** The ranked list: listed candidates, then "更多" with the folded ones; optionally grouped by place. */
export function CandidateList({
  candidates,
  poolLoaded,
  onLead,
}: {
  candidates: readonly RankedCandidateFragment[];
  /** Whether the national pool was imported (Query.poolLoaded): what an empty list says. */
  poolLoaded: boolean;
  onLead?: OnLead;
}) {
  const [grouped, setGrouped] = useState(false);
  const listed = candidates.filter((c) => !c.folded);
  const folded = candidates.filter((c) => c.folded);
  const anyPlace = candidates.some((c) => c.place);
  return (
    <div className="candidate-list">
      {listed.length === 0 && <p className="small muted">{zh.upstream.noCandidates(poolLoaded)}</p>}
      {anyPlace && listed.length > 1 && (
        <label className="small group-toggle">
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />{' '}
          {zh.gaps.groupByPlace}
        </label>
      )}
      {grouped ? (
        byPlace(listed).map(([place, cs]) => (
          <div key={place} className="place-group" data-testid="place-group">
            <div className="place-head small">{place}</div>
            <Items cs={cs} onLead={onLead} />
          </div>
        ))
      ) : (
        <Items cs={listed} onLead={onLead} />
      )}
      {folded.length > 0 && (
        <details className="more">
          <summary className="small">{zh.gaps.more(folded.length)}</summary>
          <Items cs={folded} onLead={onLead} />
        </details>
      )}
    </div>
  );
}

/** 按优先级 / 按距离 (or 按链序). */
export function SortToggle({
  value,
  onChange,
  other = zh.gaps.byDistance,
}: {
  value: GapSort;
  onChange: (s: GapSort) => void;
  other?: string;
}) {
  const options: [GapSort, string][] = [
    ['PRIORITY', zh.gaps.byPriority],
    ['DISTANCE', other],
  ];
  return (
    <fieldset className="sort-toggle" aria-label={zh.gaps.sort}>
      {options.map(([s, label]) => (
        <button key={s} type="button" aria-pressed={value === s} onClick={() => onChange(s)}>
          {label}
        </button>
      ))}
    </fieldset>
  );
}
