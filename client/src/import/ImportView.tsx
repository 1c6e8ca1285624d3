import { useMemo, useState } from 'react';
import type { ExtractResponse, ImportReport } from '../../../vocab/imports.ts';
import { savedToken } from '../api/client.ts';
import type { AllChainsQuery, AllChainsQueryVariables } from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { TokenButton } from '../views/TokenButton.tsx';
import { AddChain } from './AddChain.tsx';
import { commitImport, extractFile, TokenNeededError } from './api.ts';
import { FactsReview } from './FactsReview.tsx';
import { FilePicker } from './FilePicker.tsx';
import { type FactDraft, factsInput, initialFactDrafts, reviewLinks, soughtCommittable } from './facts.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { LabelledInput } from './LabelledInput.tsx';
import {
  draftSentences,
  emptyManualDraft,
  type ManualDraft,
  manualChainInput,
  manualProblems,
  sentencesOf,
} from './manualChain.ts';
import { NamedChains } from './NamedChains.tsx';
import { namedDraft } from './namedChains.ts';
import { confidenceLevel, formatConfidence, reviewOrder } from './review.ts';
import { defaultChainName, stagesToText, textToStages } from './stages.ts';
import { TableImport } from './TableImport.tsx';
import { placedWanted, placeLink, placeTargets } from './wanted.ts';

interface Draft {
  accepted: boolean;
  name: string;
  line: string;
  /** Link name → name of an existing link it is the same as. */
  mapTo: Record<string, string>;
}

const T = zh.importer;

/** Upload a plan → review every candidate chain against its sentence → commit a draft chain graph. */
export function ImportView({ onOpenChain }: { onOpenChain: (id: string, district: string | null) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** No token saved, or the server refused the one sent: the token prompt is shown above the upload. */
  const [needsToken, setNeedsToken] = useState(() => savedToken() === null);
  const [doc, setDoc] = useState<ExtractResponse | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [active, setActive] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [facts, setFacts] = useState<FactDraft[]>([]);
  const [district, setDistrict] = useState('');
  /** The plan's title as committed: proposed from the text (else the file name), editable. */
  const [title, setTitle] = useState('');
  const [shown, setShown] = useState<{ start: number; end: number } | null>(null);
  /** Chains the reviewer adds from sentences of the plan (manualChain.ts), committed after the extracted ones. */
  const [manual, setManual] = useState<ManualDraft[]>([]);
  const sentences = useMemo(() => (doc ? sentencesOf(doc.normalised, doc.simplified) : []), [doc]);
  const manualRows = useMemo(
    () =>
      manual.map((draft) => {
        const supporting = draftSentences(sentences, draft, textToStages(draft.line).flat());
        return { draft, supporting, problems: manualProblems(draft, supporting) };
      }),
    [manual, sentences],
  );
  const industries = facts.filter((f) => f.kind === 'industries' && f.accepted).map((f) => f.name);
  // The links a sought link may name: the accepted and hand-added chains' links, the graph's links the plan seeks.
  const links = useMemo(() => reviewLinks(drafts, manual, doc?.facts), [drafts, manual, doc]);
  const existing = useQuery<AllChainsQuery, AllChainsQueryVariables>('AllChains', { zone: null });
  const products = useMemo(() => {
    const m = new Map<string, string>();
    for (const c of existing.data?.chains ?? []) for (const l of c.links) m.set(l.product.name, l.product.id);
    return m;
  }, [existing.data]);

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const d = await extractFile(file);
      setDoc(d);
      setFacts(initialFactDrafts(d.facts));
      setDistrict(d.facts.district?.name ?? '');
      setTitle(d.title);
      setManual([]);
      setDrafts(
        d.chains.map((c) => ({
          accepted: true,
          name: defaultChainName(c.stages),
          line: stagesToText(c.stages),
          mapTo: {},
        })),
      );
    } catch (e) {
      setDoc(null);
      setNeedsToken(e instanceof TokenNeededError);
      setError(e instanceof TokenNeededError && savedToken() === null ? null : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!doc) return;
    setBusy(true);
    setError(null);
    try {
      const chosen = drafts.map((d, i) => ({ d, c: doc.chains[i], i })).filter((x) => x.d.accepted && x.c);
      const r = await commitImport({
        title: title.trim() || doc.title,
        text: doc.text,
        skipped: drafts.length - chosen.length,
        ...(district.trim() ? { district: district.trim() } : {}),
        ...factsInput(doc.facts, facts, links),
        chains: [
          ...chosen.map(({ d, c, i }) => {
            const stages = textToStages(d.line);
            const mapTo: Record<string, string> = {};
            for (const [link, target] of Object.entries(d.mapTo)) {
              const id = products.get(target);
              if (id && stages.flat().includes(link)) mapTo[link] = id;
            }
            return {
              name: d.name,
              expression: c?.expression ?? d.line,
              stages,
              quote: c?.quote ?? '',
              start: c?.start ?? 0,
              section: c?.section ?? '',
              mapTo,
              ...(doc.facts.chainIndustry[i] &&
              facts.some(
                (f) => f.kind === 'industries' && f.accepted && f.name === doc.facts.chainIndustry[i],
              )
                ? { industry: doc.facts.chainIndustry[i] ?? undefined }
                : {}),
            };
          }),
          ...manualRows.flatMap((m) => manualChainInput(m.draft, m.supporting, new Set(industries)) ?? []),
        ],
      });
      setReport(r);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const update = (i: number, patch: Partial<Draft>) =>
    setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const highlight = shown ?? (active !== null ? doc?.chains[active] : null);
  const manualOpen = manualRows.some((m) => m.problems.length > 0);
  const accepted =
    drafts.filter((d) => d.accepted).length +
    facts.filter((f) => f.accepted && (f.kind !== 'sought' || soughtCommittable(f.name, links))).length +
    manualRows.length +
    placedWanted(doc?.facts.wanted ?? [], links).length;
  // Display order only: each item keeps its index into doc.chains, which is also its draft's index.
  const order = useMemo(() => (doc ? reviewOrder(doc.chains) : []), [doc]);

  return (
    <div className="import-view">
      <h2>{T.title}</h2>
      <p className="muted">{T.intro}</p>
      {needsToken && (
        <div className="notice" data-testid="import-token-needed">
          <p>{T.tokenNeeded}</p>
          <TokenButton onChange={(has) => setNeedsToken(!has)} offLabel={zh.token.enter} />
        </div>
      )}
      <FilePicker
        className="upload"
        label={T.choose}
        accept=".txt,.docx,.pdf,text/plain,application/pdf"
        disabled={busy}
        onPick={(f) => {
          if (f) void upload(f);
        }}
      />
      {busy && <p role="status">{T.working}</p>}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {report && <ImportReportView report={report} title={title} onOpenChain={onOpenChain} />}
      {doc && (
        <div className="review">
          <div className="review-list">
            <div className="row">
              <h3>
                {T.candidates(doc.chains.length)} · {title.trim() || doc.title}
              </h3>
              {/* Committed: the report above says what was written; a second press would only repeat it. */}
              <button
                type="button"
                className="primary"
                disabled={busy || accepted === 0 || manualOpen || report !== null}
                onClick={() => void commit()}
                data-testid="import-commit"
              >
                {report ? T.committed : T.commit(accepted)}
              </button>
            </div>
            <LabelledInput
              label={T.planTitle}
              className="title-input"
              testId="import-title"
              value={title}
              maxLength={200}
              onChange={setTitle}
            />
            <p className="small muted" data-testid="import-title-from">
              {T.titleFrom(doc.titleFrom)}
            </p>
            <LabelledInput
              label={T.district}
              className="district-input"
              testId="import-district"
              value={district}
              onChange={setDistrict}
            />
            <p className="small muted">
              {doc.facts.district
                ? T.districtProposed(
                    doc.facts.district.name,
                    doc.facts.district.from,
                    doc.facts.district.kind,
                  )
                : T.districtNone}
            </p>
            {facts.length > 0 && <h3>{T.factsTitle}</h3>}
            <FactsReview
              facts={doc.facts}
              text={doc.normalised}
              drafts={facts}
              onChange={(i, patch) => setFacts((fs) => fs.map((f, j) => (j === i ? { ...f, ...patch } : f)))}
              onShow={setShown}
              links={links}
              targets={placeTargets(drafts, manual)}
              onPlace={(t, stage, name) =>
                t.manual === undefined
                  ? update(t.draft ?? -1, { line: placeLink(t.line, name, stage) })
                  : setManual((ms) =>
                      ms.map((m, j) => (j === t.manual ? { ...m, line: placeLink(m.line, name, stage) } : m)),
                    )
              }
            />
            <h3>{T.chainsTitle}</h3>
            {order.length > 1 && <p className="small muted">{T.sortedByConfidence}</p>}
            {order.length === 0 && (
              <p className="small muted" data-testid="import-no-chains">
                {T.noChains}
              </p>
            )}
            <ol>
              {order.map(({ chain: c, index: i }) => {
                const d = drafts[i];
                if (!d) return null;
                const links = textToStages(d.line).flat();
                const level = confidenceLevel(c.confidence);
                return (
                  <li
                    key={`${c.start}-${c.end}`}
                    className={d.accepted ? 'cand' : 'cand rejected'}
                    data-testid="import-candidate"
                  >
                    <div className="cand-head">
                      <label>
                        <input
                          type="checkbox"
                          checked={d.accepted}
                          onChange={(e) => update(i, { accepted: e.target.checked })}
                        />{' '}
                        {T.accept}
                      </label>
                      <span className={`badge confidence ${level}`} data-testid="import-confidence">
                        {T.confidence(formatConfidence(c.confidence))} · {T.confidenceLevels[level]}
                      </span>
                    </div>
                    <input
                      className="name"
                      value={d.name}
                      aria-label={T.name}
                      onChange={(e) => update(i, { name: e.target.value })}
                    />
                    <input
                      className="line"
                      value={d.line}
                      aria-label={T.links}
                      onFocus={() => {
                        setShown(null);
                        setActive(i);
                      }}
                      onChange={(e) => update(i, { line: e.target.value })}
                    />
                    {c.reasons.length > 0 && (
                      <p className="small reasons" data-testid="import-reasons">
                        {T.reasons}：{c.reasons.join('；')}
                      </p>
                    )}
                    <p className="small muted">
                      {c.section && `${c.section} · `}
                      <button type="button" className="link" onClick={() => setActive(i)}>
                        {T.showQuote}
                      </button>
                    </p>
                    <details>
                      <summary className="small">{T.mapping}</summary>
                      {links.map((l) => (
                        <div key={l} className="small map-row">
                          {l} → {products.has(l) ? <span className="muted">{T.sameName}</span> : null}
                          <input
                            list="existing-links"
                            value={d.mapTo[l] ?? ''}
                            placeholder={T.mapPlaceholder}
                            onChange={(e) => update(i, { mapTo: { ...d.mapTo, [l]: e.target.value } })}
                          />
                        </div>
                      ))}
                    </details>
                  </li>
                );
              })}
            </ol>
            <NamedChains
              lists={doc.facts.namedChains}
              text={doc.normalised}
              chains={drafts.filter((d) => d.accepted).map((d) => d.name)}
              drafts={manual}
              onAdd={(name, list) => {
                setManual((ms) => [...ms, namedDraft(name, list, sentences, industries)]);
                setShown(list);
              }}
              onShow={setShown}
            />
            <AddChain
              rows={manualRows}
              industries={industries}
              onAdd={() => setManual((ms) => [...ms, emptyManualDraft()])}
              onChange={(i, patch) => setManual((ms) => ms.map((m, j) => (j === i ? { ...m, ...patch } : m)))}
              onRemove={(i) => setManual((ms) => ms.filter((_, j) => j !== i))}
              onShow={setShown}
            />
            <datalist id="existing-links">
              {[...products.keys()].map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
            {doc.rejected.length > 0 && (
              <details>
                <summary>{T.rejected(doc.rejected.length)}</summary>
                <ul className="small">
                  {doc.rejected.map((r) => (
                    <li key={`${r.start}-${r.end}`}>
                      {r.text} <span className="muted">— {r.reason}</span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          <section className="review-text" aria-label={T.text}>
            {highlight ? (
              <p>
                …{doc.normalised.slice(Math.max(0, highlight.start - 150), highlight.start)}
                <mark>{doc.normalised.slice(highlight.start, highlight.end)}</mark>
                {doc.normalised.slice(highlight.end, highlight.end + 150)}…
              </p>
            ) : (
              <p className="muted">{T.pick}</p>
            )}
          </section>
        </div>
      )}
      <TableImport />
    </div>
  );
}
