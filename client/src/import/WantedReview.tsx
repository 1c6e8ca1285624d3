import { useState } from 'react';
import type { WantedFact } from '../../../vocab/imports.ts';
import { zh } from '../i18n/zh.ts';
import { quoteExcerpt } from './facts.ts';
import { textToStages } from './stages.ts';
import type { PlaceTarget } from './wanted.ts';

const T = zh.importer.facts;

/**
 * The items the plan says it will bring in that are no link anywhere (facts.wanted), each with its sentence: the
 * reviewer may place one in a chain of the review at a stage (it is then a new link of that chain and a sought link of
 * the district) or leave it out (nothing is written for it).
 */
export function WantedReview({
  wanted,
  text,
  targets,
  links,
  onPlace,
  onShow,
}: {
  wanted: readonly WantedFact[];
  text: string;
  targets: readonly PlaceTarget[];
  /** The accepted chains' links: an item among them is placed. */
  links: ReadonlySet<string>;
  onPlace: (target: PlaceTarget, stage: number, name: string) => void;
  onShow: (span: { start: number; end: number }) => void;
}) {
  /** Per item: the chosen chain (index into targets) and stage (0-based; past the last: a new last stage). */
  const [picks, setPicks] = useState<Record<number, { chain: number; stage: number }>>({});
  if (wanted.length === 0) return null;
  const placed = wanted.filter((w) => links.has(w.name)).length;
  return (
    <details open data-testid="import-facts-wanted">
      <summary>
        {T.wantedTitle}（{placed}/{wanted.length}）
      </summary>
      <p className="small muted">{targets.length > 0 ? T.wantedHint : T.wantedNoChain}</p>
      <ul className="fact-list">
        {wanted.map((w, i) => {
          const x = quoteExcerpt(w.quote, [text.slice(w.start, w.end), w.name]);
          const pick = picks[i] ?? { chain: 0, stage: textToStages(targets[0]?.line ?? '').length };
          const target = targets[pick.chain];
          const stages = textToStages(target?.line ?? '');
          const isPlaced = links.has(w.name);
          return (
            <li key={`${w.start}-${w.name}`} className="cand fact-row" data-testid="import-wanted">
              <strong>{w.name}</strong>{' '}
              {isPlaced ? (
                <span className="small" data-testid="import-wanted-placed">
                  {T.wantedPlaced}
                </span>
              ) : (
                target && (
                  <>
                    <select
                      className="line"
                      aria-label={T.wantedChain}
                      value={pick.chain}
                      onChange={(e) => {
                        const chain = Number(e.target.value);
                        const stage = textToStages(targets[chain]?.line ?? '').length;
                        setPicks((p) => ({ ...p, [i]: { chain, stage } }));
                      }}
                    >
                      {targets.map((t, j) => (
                        <option key={`${t.draft ?? ''}-${t.manual ?? ''}`} value={j}>
                          {t.label}
                        </option>
                      ))}
                    </select>
                    <select
                      className="line"
                      aria-label={T.wantedStage}
                      value={pick.stage}
                      onChange={(e) =>
                        setPicks((p) => ({ ...p, [i]: { ...pick, stage: Number(e.target.value) } }))
                      }
                    >
                      {stages.map((s, j) => (
                        <option key={s.join('、')} value={j}>
                          {T.wantedAtStage(j + 1, s.join('、'))}
                        </option>
                      ))}
                      <option value={stages.length}>{T.wantedNewStage}</option>
                    </select>
                    <button type="button" onClick={() => onPlace(target, pick.stage, w.name)}>
                      {T.wantedPlace}
                    </button>
                  </>
                )
              )}
              <p className="small muted fact-quote">
                {x.cutStart && '…'}
                {x.before}
                {x.hit && <mark>{x.hit}</mark>}
                {x.after}
                {x.cutEnd && '…'}{' '}
                <button type="button" className="link" onClick={() => onShow(w)}>
                  {zh.importer.showQuote}
                </button>
              </p>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
