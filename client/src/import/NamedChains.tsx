import type { NamedChainsFact, Span } from '../../../vocab/imports.ts';
import { namedChainWords as T } from '../i18n/namedChains.ts';
import { zh } from '../i18n/zh.ts';
import { Excerpt } from './FactsReview.tsx';
import type { ManualDraft } from './manualChain.ts';
import { namedStatus } from './namedChains.ts';

/**
 * 规划点名的产业链: the lists of chains the plan names (facts.namedChains), each name with its status — covered by an
 * accepted chain (已有), already drafted, or a button that adds it as a hand-entered draft (AddChain) with its name,
 * industry and list sentence filled in. The screen (ImportView) builds the draft (namedChains.ts namedDraft).
 */
export function NamedChains(props: {
  lists: readonly NamedChainsFact[];
  text: string;
  /** The names of the review's accepted chains (extracted and hand-added). */
  chains: readonly string[];
  drafts: readonly ManualDraft[];
  onAdd: (name: string, list: NamedChainsFact) => void;
  onShow: (span: Span) => void;
}) {
  if (props.lists.length === 0) return null;
  const count = props.lists.reduce((n, l) => n + l.names.length, 0);
  return (
    <details open className="named-chains" data-testid="import-named-chains">
      <summary>{T.title(count)}</summary>
      <p className="small muted">{T.intro}</p>
      <ul className="fact-list">
        {props.lists.map((list) => (
          <li key={list.start} className="cand fact-row" data-testid="import-named-list">
            <p className="small muted fact-quote">
              <Excerpt quote={list.quote} names={[props.text.slice(list.start, list.end)]} />{' '}
              {T.cue(list.cue)}{' '}
              <button type="button" className="link" onClick={() => props.onShow(list)}>
                {zh.importer.showQuote}
              </button>
            </p>
            <ul className="named-names">
              {list.names.map((name) => {
                const status = namedStatus(name, props.chains, props.drafts);
                return (
                  <li key={name} data-testid="import-named-chain">
                    <strong>{name}</strong>{' '}
                    {status.kind === 'covered' ? (
                      <span className="small muted" title={T.coveredBy(status.by)}>
                        {T.covered}
                      </span>
                    ) : status.kind === 'drafted' ? (
                      <span className="small muted">{T.drafted}</span>
                    ) : (
                      <button type="button" onClick={() => props.onAdd(name, list)}>
                        {T.add}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
