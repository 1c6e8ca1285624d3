import { soughtWords } from '../../i18n/sought.ts';
import { Section, StatusBadge } from '../common.tsx';
import { TierBadge } from '../gaps.tsx';
import { type SoughtLinkRow, soughtRows } from './soughtRows.ts';

/**
 * 规划提出引进的环节: what the plans of the zone's district(s) asked for, checked against what the zone holds now
 * (status and, for a gap, its priority there), each with the plan's sentence. Opens the link in its first chain.
 */
export function ZoneSought({
  links,
  total,
  onOpenChain,
}: {
  links: readonly SoughtLinkRow[];
  /** How many links the plans in the scope seek (Zone.soughtLinkCount); `links` holds the most-sought of them. */
  total: number;
  onOpenChain: (id: string, focus?: string) => void;
}) {
  if (links.length === 0) return null;
  const districts = new Set(links.flatMap((l) => l.districts.map((d) => d.id)));
  return (
    <Section title={soughtWords.title(Math.max(total, links.length))}>
      <p className="muted small">{soughtWords.intro}</p>
      {total > links.length && (
        <p className="muted small" data-testid="sought-shown">
          {soughtWords.shownOf(links.length, total)}
        </p>
      )}
      <ol className="sought-list" data-testid="zone-sought">
        {soughtRows(links).map((l) => {
          const chain = l.product.chains[0];
          const [first, ...rest] = l.sources;
          return (
            <li key={l.product.id} data-testid="sought-link">
              <div className="gap-head">
                {chain ? (
                  <button type="button" className="link" onClick={() => onOpenChain(chain.id, l.product.id)}>
                    {l.product.name}
                  </button>
                ) : (
                  <b>{l.product.name}</b>
                )}
                <StatusBadge status={l.product.status} />
                {l.product.priority ? (
                  <TierBadge tier={l.product.priority.tier} score={l.product.priority.score} />
                ) : (
                  <span className="muted small">{soughtWords.noGap}</span>
                )}
                {districts.size > 1 && (
                  <span className="muted small">
                    {soughtWords.byDistricts(l.districts.map((d) => d.name))}
                  </span>
                )}
              </div>
              <div className="muted small">{l.product.reason.summary}</div>
              {first && (
                <blockquote className="small">
                  {soughtWords.quote(first.quote)}
                  {rest.length > 0 && <span className="muted"> {soughtWords.more(rest.length)}</span>}
                </blockquote>
              )}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
