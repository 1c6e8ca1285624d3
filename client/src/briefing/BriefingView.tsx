import { useEffect, useState } from 'react';
import { type Briefing, industryTargetText } from '../../../vocab/briefing.ts';
import { CANDIDATE } from '../../../vocab/candidate.ts';
import { LEAD_STAGE } from '../../../vocab/lead.ts';
import { projectStatusText } from '../../../vocab/project.ts';
import { gql } from '../api/client.ts';
import type { SetChainLeaderMutation, SetChainLeaderMutationVariables } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { chipStyle, ErrorNotice, Loading, StatusBadge } from '../views/common.tsx';
import { GapKindChip, PriorityParts, TierBadge } from '../views/gaps.tsx';

const B = zh.briefing;
const q = (zone: string | null) => (zone ? `?zone=${encodeURIComponent(zone)}` : '');
const cite = (ns: readonly number[]) =>
  ns.length ? <sup className="cite">{ns.map((n) => `[${n}]`).join('')}</sup> : null;
const yi = (v: number | null) => (v === null ? '—' : `${v} ${zh.yi}`);

/** The chain leader's one-page briefing, laid out for A4 printing; the same facts as the .docx and .md. */
export function BriefingView({ chainId, zone }: { chainId: string; zone: string | null }) {
  const [b, setB] = useState<Briefing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [leader, setLeader] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  // Printing before the map image has arrived printed an empty figure: 打印 waits for it (or its failure).
  const [mapSettled, setMapSettled] = useState(false);
  // The diagram fits the page; enlarged, it scrolls in its own box (a phone's page keeps its width).
  const [zoomed, setZoomed] = useState(false);

  useEffect(() => {
    let live = true;
    setB(null);
    setError(null);
    fetch(`/briefings/${encodeURIComponent(chainId)}.json${q(zone)}`)
      .then(async (res) => {
        const body = (await res.json()) as Briefing & { error?: string };
        if (!res.ok) throw new Error(res.status === 503 ? zh.dbDown : (body.error ?? B.failed));
        return body;
      })
      .then(
        (body) => {
          if (!live) return;
          setB(body);
          setLeader(body.leader ?? '');
        },
        (e: Error) => live && setError(e.message),
      );
    return () => {
      live = false;
    };
  }, [chainId, zone]);

  if (error) return <ErrorNotice error={Object.assign(new Error(error), { code: 'BRIEFING' })} />;
  if (!b) return <Loading />;

  const saveLeader = async () => {
    const r = await gql<SetChainLeaderMutation, SetChainLeaderMutationVariables>('SetChainLeader', {
      chain: chainId,
      leader,
    });
    setB({ ...b, leader: r.setChainLeader.leader ?? null });
    setSaved(B.saved);
  };

  return (
    <div className="briefing-page">
      {/* The running header of every printed page: chain, scope and date. */}
      <style>{`@page { @top-right { content: ${JSON.stringify(`${b.chainName} · ${b.scope.label} · ${b.date}`)}; font-size: 9px; color: #666; } }`}</style>
      <div className="briefing-tools no-print">
        <label>
          {B.leader}：
          <input
            value={leader}
            maxLength={50}
            onChange={(e) => setLeader(e.target.value)}
            aria-label={B.leader}
          />
        </label>
        <button type="button" onClick={() => void saveLeader()}>
          {B.save}
        </button>
        {saved && <span className="muted small">{saved}</span>}
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => window.print()} disabled={!mapSettled}>
          {mapSettled ? B.print : B.printWaiting}
        </button>
        <a className="button" href={`/briefings/${encodeURIComponent(chainId)}.docx${q(zone)}`}>
          {B.word}
        </a>
        <a className="button" href={`/briefings/${encodeURIComponent(chainId)}.md${q(zone)}`}>
          {B.markdown}
        </a>
      </div>
      <article className="briefing" data-testid="briefing">
        <h1>{b.title}</h1>
        <table className="info">
          <tbody>
            <tr>
              <th>{B.expression}</th>
              <td colSpan={3}>
                {b.expression}
                {cite(b.expressionCites)}
              </td>
            </tr>
            <tr>
              <th>{B.industry}</th>
              <td>{b.industry}</td>
              <th>{B.leader}</th>
              <td className="short">{b.leader ?? B.unset}</td>
            </tr>
            <tr>
              <th>{B.scope}</th>
              <td>{b.scope.label}</td>
              <th>{B.date}</th>
              <td className="short date" data-testid="briefing-date">
                {b.date}
              </td>
            </tr>
          </tbody>
        </table>

        <h2>{B.s1}</h2>
        <p>
          {industryTargetText(b.industry, b.targets)}
          {cite(b.targets.cites)}
        </p>
        {b.targets.zones.length > 0 && (
          <ul>
            {b.targets.zones.map((z) => (
              <li key={z.name}>
                {z.name}：
                {z.output2025 === null
                  ? B.noTarget
                  : `${zh.output} ${yi(z.output2025)}，${zh.valueAdded} ${yi(z.valueAdded2025)}`}
                {cite(z.cites)}
              </li>
            ))}
          </ul>
        )}

        <h2>{B.s2}</h2>
        <figure className={zoomed ? 'map-figure zoomed' : 'map-figure'}>
          <div className="figure-scroll" data-testid="briefing-figure">
            <img
              src={`/briefings/${encodeURIComponent(chainId)}.svg${q(zone)}`}
              alt={B.mapAlt(b.chainName)}
              onLoad={() => setMapSettled(true)}
              onError={() => setMapSettled(true)}
            />
          </div>
          <button type="button" className="figure-zoom no-print" onClick={() => setZoomed((z) => !z)}>
            {zoomed ? B.zoomOut : B.zoomIn}
          </button>
        </figure>

        <h2>{B.s3}</h2>
        <table className="data links-table cards">
          <thead>
            <tr>
              <th>{B.stage}</th>
              <th>{B.link}</th>
              <th>{B.status}</th>
              <th>{B.producers}</th>
              <th>{B.projects}</th>
            </tr>
          </thead>
          <tbody>
            {b.links.map((l) => (
              <tr key={l.id} data-testid="briefing-link">
                <td data-label={B.stage}>{l.stage}</td>
                <td data-label={B.link}>{l.name}</td>
                <td data-label={B.status}>
                  <StatusBadge status={l.status} />
                </td>
                <td data-label={B.producers}>
                  {l.producers.length === 0
                    ? '—'
                    : l.producers.map((p) => (
                        <div key={p.name}>
                          {p.name}（{p.zone ?? B.zoneUnknown}）
                          {p.stale && <span className="stale">{B.stale(p.updatedAt ?? '—')}</span>}
                          {cite(p.cites)}
                        </div>
                      ))}
                </td>
                <td data-label={B.projects}>
                  {l.projects.length === 0
                    ? '—'
                    : l.projects.map((p) => (
                        <div key={p.name}>
                          {p.name}
                          {p.capacity && `，${p.capacity}`}
                          {`，${projectStatusText(p.status)}`}
                          {p.stale && <span className="stale">{B.stale(p.updatedAt ?? '—')}</span>}
                          {cite(p.cites)}
                        </div>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2>{B.s4}</h2>
        {b.gaps.length === 0 && <p>{B.noGaps}</p>}
        <ol className="gap-list">
          {b.gaps.map((g) => (
            <li key={g.link}>
              <strong>{g.link}</strong> <TierBadge tier={g.priority.tier} score={g.priority.score} />{' '}
              <GapKindChip kind={g.kind} breaksChain={g.breaksChain} /> <StatusBadge status={g.status} />{' '}
              <span className="muted">{g.summary}</span>
              <PriorityParts priority={g.priority} note={(i) => cite(g.priority.parts[i]?.cites ?? [])} />
              {g.candidates.length === 0 ? (
                <div className="muted small">{B.noCandidates(b.poolLoaded)}</div>
              ) : (
                <ul>
                  {g.candidates.map((c) => (
                    <li key={`${c.kind}-${c.name}`} data-testid="briefing-candidate">
                      {CANDIDATE[c.kind].briefingLabel}：{c.name}
                      {c.place && `（${c.place}）`}：{c.reason}
                      {cite(c.cites)}
                    </li>
                  ))}
                </ul>
              )}
              {g.folded > 0 && <div className="muted small">{B.folded(g.folded)}</div>}
            </li>
          ))}
        </ol>
        {b.pipeline.length > 0 && (
          <>
            <h3>{B.pipeline}</h3>
            <ul data-testid="briefing-pipeline">
              {b.pipeline.map((l) => (
                <li key={`${l.firm}-${l.link}-${l.zone}`}>
                  <span className="lead-chip" style={chipStyle(LEAD_STAGE[l.stage])}>
                    {LEAD_STAGE[l.stage].label}
                  </span>{' '}
                  {B.lead(l)}
                </li>
              ))}
            </ul>
          </>
        )}

        <h2>{B.s5}</h2>
        <ol className="sources">
          {b.sources.map((s) => (
            <li key={s.n} value={s.n}>
              “{s.quote}”{s.section.trim() && <span className="muted">（{s.section}）</span>}
            </li>
          ))}
        </ol>
      </article>
    </div>
  );
}
