import type { FactKind, PlanFacts } from '../../../vocab/imports.ts';
import { FACT_KINDS } from '../../../vocab/imports.ts';
import { isProjectStatus, PROJECT_STATUSES, STATUS_UNSTATED } from '../../../vocab/project.ts';
import { zh } from '../i18n/zh.ts';
import { type FactDraft, quoteExcerpt, soughtCommittable, targetText } from './facts.ts';
import { WantedReview } from './WantedReview.tsx';
import type { PlaceTarget } from './wanted.ts';

const T = zh.importer.facts;

/** A fact's sentence cut around its name, the name marked (quoteExcerpt). */
export function Excerpt({ quote, names }: { quote: string; names: readonly string[] }) {
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

/** A project's status: the statuses plus STATUS_UNSTATED, and the words of the text behind the status it read. */
function ProjectStatusPick({
  draft,
  words,
  read,
  onPick,
}: {
  draft: FactDraft;
  words: string | null;
  read: string | null;
  onPick: (status: FactDraft['status']) => void;
}) {
  const value = draft.status ?? '';
  return (
    <>
      <label className="small fact-status">
        {T.status}{' '}
        <select
          className="line"
          value={value}
          aria-label={T.status}
          data-testid="import-fact-status"
          onChange={(e) => onPick(isProjectStatus(e.target.value) ? e.target.value : null)}
        >
          <option value="">{STATUS_UNSTATED}</option>
          {PROJECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {words && value === read && (
        <p className="small muted fact-quote" data-testid="import-fact-status-words">
          {T.statusWords(words)}
        </p>
      )}
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
  links,
  targets = [],
  onPlace = () => {},
}: {
  facts: PlanFacts;
  text: string;
  drafts: FactDraft[];
  onChange: (i: number, patch: Partial<FactDraft>) => void;
  onShow: (span: { start: number; end: number }) => void;
  /** The accepted chains' links (acceptedLinks): a sought link outside them is marked as not committed. */
  links: ReadonlySet<string>;
  /** The chains a wanted item can join (wanted.ts placeTargets), and what placing one does. */
  targets?: readonly PlaceTarget[];
  onPlace?: (target: PlaceTarget, stage: number, name: string) => void;
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
                      aria-label={kind === 'districtTargets' ? T.year : T.name}
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
                    {kind === 'projects' && (
                      <ProjectStatusPick
                        draft={d}
                        words={facts.projects[d.index]?.statusWords ?? null}
                        read={facts.projects[d.index]?.status ?? null}
                        onPick={(status) => onChange(i, { status })}
                      />
                    )}
                    {target && <p className="small fact-quote">{targetText(target)}</p>}
                    {kind === 'sought' && facts.sought[d.index]?.graph && (
                      <p className="small muted">{T.soughtGraph}</p>
                    )}
                    {kind === 'sought' && d.accepted && !soughtCommittable(d.name, links) && (
                      <p className="small fact-warning" data-testid="import-fact-sought-dropped">
                        {T.soughtNoChain}
                      </p>
                    )}
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
      <WantedReview
        wanted={facts.wanted}
        text={text}
        targets={targets}
        links={links}
        onPlace={onPlace}
        onShow={onShow}
      />
    </div>
  );
}
