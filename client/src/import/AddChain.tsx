import type { Span } from '../../../vocab/imports.ts';
import { zh } from '../i18n/zh.ts';
import {
  MAX_SUPPORTING,
  type ManualDraft,
  type ManualProblem,
  type Sentence,
  type Supporting,
  shownSentence,
  suggestedIndustry,
} from './manualChain.ts';
import { defaultChainName, textToStages } from './stages.ts';

const T = zh.importer.manual;

export interface ManualRow {
  draft: ManualDraft;
  /** The sentences naming its links (manualChain.ts supportingSentences). */
  supporting: Supporting[];
  problems: ManualProblem[];
}

/**
 * The review's hand-added chains: the links as one line, a name, the industry, and the plan's sentence that states
 * them, chosen among those naming the most of its links. The screen (ImportView) holds the drafts and commits them.
 */
export function AddChain(props: {
  rows: readonly ManualRow[];
  industries: readonly string[];
  onAdd: () => void;
  onChange: (i: number, patch: Partial<ManualDraft>) => void;
  onRemove: (i: number) => void;
  onShow: (span: Span) => void;
}) {
  return (
    <section className="manual-chains" data-testid="import-manual">
      <p className="small muted">{T.intro}</p>
      <ol>
        {props.rows.map(({ draft: d, supporting, problems }, i) => {
          const stages = textToStages(d.line);
          const links = stages.flat();
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: drafts have no identity but their place in the list
            <li key={i} className="cand manual" data-testid="import-manual-chain">
              <div className="cand-head">
                <span className="badge entered">{zh.chain.entered}</span>
                <button type="button" className="link" onClick={() => props.onRemove(i)}>
                  {T.remove}
                </button>
              </div>
              <input
                className="line"
                value={d.line}
                aria-label={zh.importer.links}
                placeholder={T.linePlaceholder}
                onChange={(e) => props.onChange(i, { line: e.target.value })}
              />
              <input
                className="name"
                value={d.name}
                aria-label={zh.importer.name}
                placeholder={stages.length > 1 ? defaultChainName(stages) : zh.importer.name}
                onChange={(e) => props.onChange(i, { name: e.target.value })}
              />
              {props.industries.length > 0 && (
                <label className="small">
                  {T.industry}{' '}
                  <select
                    value={d.industry}
                    onChange={(e) => props.onChange(i, { industry: e.target.value })}
                  >
                    <option value="">{T.unclassified}</option>
                    {props.industries.map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <fieldset className="sentences">
                <legend className="small">{T.sentence}</legend>
                {links.length === 0 && supporting.length === 0 ? (
                  <p className="small muted">{T.sentenceFirst}</p>
                ) : supporting.length === 0 ? (
                  <p className="small notice" data-testid="import-manual-none">
                    {T.noSentence}
                  </p>
                ) : (
                  supporting.map((s) => (
                    <label key={s.start} className="small sentence">
                      <input
                        type="radio"
                        name={`manual-sentence-${i}`}
                        checked={d.sentence === s.start}
                        onChange={() => {
                          // The industry is proposed once, when none is chosen yet (manualChain.ts).
                          const industry =
                            d.industry || suggestedIndustry(links, s.reading ?? s.text, props.industries);
                          props.onChange(i, { sentence: s.start, industry });
                          props.onShow(s);
                        }}
                      />{' '}
                      <Marked sentence={s} marks={s.hits} />{' '}
                      <span className="muted">{T.names(s.hits.length)}</span>
                    </label>
                  ))
                )}
                {supporting.length === MAX_SUPPORTING && <p className="small muted">{T.more}</p>}
              </fieldset>
              {problems.length > 0 && (
                <p className="small warn" data-testid="import-manual-problems">
                  {T.problems(problems.map((p) => T.problem[p]))}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={props.onAdd} data-testid="import-manual-add">
        {T.add}
      </button>
    </section>
  );
}

/** A sentence with its links marked (manualChain.ts shownSentence). */
function Marked({ sentence, marks }: { sentence: Sentence; marks: readonly string[] }) {
  const shown = shownSentence(sentence, marks);
  return (
    <span>
      {shown.clippedStart && '…'}
      {shown.pieces.map((p, k) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed sentence
        p.marked ? <mark key={k}>{p.text}</mark> : <span key={k}>{p.text}</span>,
      )}
      {shown.clippedEnd && '…'}
    </span>
  );
}
