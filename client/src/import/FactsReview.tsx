import type { FactKind, PlanFacts } from '../../../vocab/imports.ts';
import { FACT_KINDS } from '../../../vocab/imports.ts';
import { zh } from '../i18n/zh.ts';
import { type FactDraft, quoteExcerpt, targetText } from './facts.ts';

const T = zh.importer.facts;

/** A fact's sentence cut around its name, the name marked (quoteExcerpt). */
function Excerpt({ quote, names }: { quote: string; names: readonly string[] }) {
  const x = quoteExcerpt(quote, names);
  return (
    <>
      {x.cutStart && '…'}
      {x.before}
      {x.hit && <mark>{x.hit}</mark>}
      {x.after}
      {x.cutEnd && '…'}
    </>
  );
}

/**
 * Each fact of the plan with its sentence: accept, edit the name and its one detail, or drop it. `text`: the plan's
 * text the spans point into, so that each row shows and marks its name as the plan writes it.
 */
export function FactsReview({
  facts,
  text,
  drafts,
  onChange,
  onShow,
}: {
  facts: PlanFacts;
  text: string;
  drafts: FactDraft[];
  onChange: (i: number, patch: Partial<FactDraft>) => void;
  onShow: (span: { start: number; end: number }) => void;
}) {
  const spanOf = (d: FactDraft) => facts[d.kind][d.index];
  return (
    <div data-testid="import-facts">
      {FACT_KINDS.map((kind: FactKind) => {
        const rows = drafts.map((d, i) => ({ d, i })).filter(({ d }) => d.kind === kind);
        if (rows.length === 0) return null;
        return (
          <details key={kind} open={kind !== 'projects'} data-testid={`import-facts-${kind}`}>
            <summary>
              {T.kinds[kind]}（{rows.filter(({ d }) => d.accepted).length}/{rows.length}）
            </summary>
            <ul className="fact-list">
              {rows.map(({ d, i }) => {
                const span = spanOf(d);
                const target =
                  kind === 'zones'
                    ? facts.zones[d.index]?.target
                    : kind === 'industries'
                      ? facts.industries[d.index]?.target
                      : null;
                const also = kind === 'firms' ? (facts.firms[d.index]?.also ?? []) : [];
                // As the plan writes it (its span), then as extracted (simplified).
                const names = span ? [text.slice(span.start, span.end), span.name] : [];
                return (
                  <li
                    key={`${kind}-${d.index}`}
                    className={d.accepted ? 'cand fact-row' : 'cand fact-row rejected'}
                    data-testid="import-fact"
                  >
                    <label>
                      <input
                        type="checkbox"
                        checked={d.accepted}
                        onChange={(e) => onChange(i, { accepted: e.target.checked })}
                      />{' '}
                      {T.accept}
                    </label>
                    <input
                      className="name"
                      value={d.name}
                      aria-label={T.name}
                      onChange={(e) => onChange(i, { name: e.target.value })}
                    />
                    {T.detail[kind] && (
                      <input
                        className="line"
                        value={d.detail}
                        aria-label={T.detail[kind]}
                        placeholder={T.detail[kind]}
                        onChange={(e) => onChange(i, { detail: e.target.value })}
                      />
                    )}
                    {target && <p className="small fact-quote">{targetText(target)}</p>}
                    {span && (
                      <p className="small muted fact-quote">
                        <Excerpt quote={span.quote} names={names} />{' '}
                        <button type="button" className="link" onClick={() => onShow(span)}>
                          {zh.importer.showQuote}
                        </button>
                      </p>
                    )}
                    {also.length > 0 && (
                      <div className="small muted fact-quote" data-testid="import-fact-also">
                        {zh.importer.alsoQuoted(also.length)}
                        {also.map((q) => (
                          <p key={q.start} className="fact-quote">
                            <Excerpt quote={q.quote} names={names} />{' '}
                            <button
                              type="button"
                              className="link"
                              onClick={() => onShow({ start: q.start, end: q.start + q.quote.length })}
                            >
                              {zh.importer.showQuote}
                            </button>
                          </p>
                        ))}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
