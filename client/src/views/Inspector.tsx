import { useRef, useState } from 'react';
import { CANDIDATE } from '../../../vocab/candidate.ts';
import { capacityText } from '../../../vocab/capacity.ts';
import { PROJECT_STATUSES, projectStatusText } from '../../../vocab/project.ts';
import { gql } from '../api/client.ts';
import type {
  ProductDetailQuery,
  ProductDetailQueryVariables,
  SetProjectStatusMutation,
  SetProjectStatusMutationVariables,
} from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { CandidatesWithLeads } from '../pipeline/GapLeads.tsx';
import { AliasSuggestions, FoldedAliasSuggestions } from './AliasSuggestions.tsx';
import { ErrorNotice, Loading, Section, StatusBadge } from './common.tsx';
import { Freshness, type FreshnessInfo } from './Freshness.tsx';
import { GapKindChip, PriorityParts, TierBadge } from './gaps.tsx';

type Project = ProductDetailQuery['product']['projects'][number];

/** Side panel for one link: status and why, producers, projects, targets, chains, neighbours, sources. */
export function Inspector({
  productId,
  zone,
  onFocus,
  onOpenChain,
  onUpstream,
}: {
  productId: string;
  zone: string | null;
  onFocus: (id: string) => void;
  onOpenChain: (chainId: string, focus: string) => void;
  onUpstream: (id: string) => void;
}) {
  const [nonce, setNonce] = useState(0);
  const q = useQuery<ProductDetailQuery, ProductDetailQueryVariables>(
    'ProductDetail',
    { id: productId, zone },
    nonce,
  );
  const setStatus = (id: string, status: string) =>
    gql<SetProjectStatusMutation, SetProjectStatusMutationVariables>('SetProjectStatus', { id, status }).then(
      () => setNonce((n) => n + 1),
      (err: Error) => window.alert(err.message),
    );
  // The last answer and the link and scope it is for. While a new link or scope loads, show nothing stale (the
  // status depends on the scope); a reload of the same one (an alias changed its candidates) keeps the panel.
  const key = `${productId}|${zone ?? ''}`;
  const last = useRef<{ key: string; data: ProductDetailQuery } | null>(null);
  if (q.state === 'ok' && last.current?.data !== q.data) last.current = { key, data: q.data };
  if (q.state === 'error') return <ErrorNotice error={q.error} />;
  if (last.current?.key !== key) return <Loading />;
  const p = last.current.data.product;
  const reload = () => setNonce((n) => n + 1);
  const inScope = new Set(p.reason.producers.map((e) => e.id));
  const byId = new Map(p.producers.map((e) => [e.id, e]));
  const elsewhere = p.producers.filter((e) => !inScope.has(e.id));
  // The status line counts the projects in scope; the list shows those first, the others apart.
  const projectsInScope = new Set(p.reason.projects.map((j) => j.id));
  const projectsHere = p.projects.filter((j) => projectsInScope.has(j.id));
  const projectsElsewhere = p.projects.filter((j) => !projectsInScope.has(j.id));
  const projectItem = (j: Project) => (
    <li key={j.id}>
      {j.name}
      <span className="muted">
        {' '}
        · {projectStatusText(j.status)}
        {j.capacities.length > 0 && ` · ${capacityText(j.capacities)}`}
        {j.zone && ` · ${j.zone.name}`}
      </span>
      <Freshness info={j} />{' '}
      <select
        className="small"
        aria-label={`${zh.editEnterprise.status}：${j.name}`}
        value=""
        onChange={(e) => e.target.value && void setStatus(j.id, e.target.value)}
      >
        <option value="">{zh.editEnterprise.status}</option>
        {PROJECT_STATUSES.map((st) => (
          <option key={st} value={st}>
            {st}
          </option>
        ))}
      </select>
    </li>
  );
  return (
    <div data-testid="inspector">
      <h2>
        {p.name} <StatusBadge status={p.status} />
      </h2>
      <p className="reason" data-testid="reason">
        {p.reason.summary}
      </p>
      <button type="button" className="primary" onClick={() => onUpstream(p.id)}>
        {zh.inspector.upstream}
      </button>
      {p.priority && p.gapKind && (
        <Section title={zh.gaps.assessment}>
          <div className="gap-head" data-testid="assessment">
            <TierBadge tier={p.priority.tier} score={p.priority.score} />
            <GapKindChip kind={p.gapKind} breaksChain={p.breaksChain} />
          </div>
          <PriorityParts priority={p.priority} />
          <h4 className="small">{zh.gaps.candidates}</h4>
          <CandidatesWithLeads
            candidates={p.candidates}
            poolLoaded={last.current.data.poolLoaded}
            link={{ id: p.id, name: p.name }}
            zone={zone}
          />
        </Section>
      )}
      {p.priority && p.gapKind ? (
        <Section title={zh.aliases.title}>
          <AliasSuggestions link={{ id: p.id, name: p.name }} onChanged={reload} />
        </Section>
      ) : (
        <FoldedAliasSuggestions link={{ id: p.id, name: p.name }} onChanged={reload} />
      )}
      <Section title={`${zh.inspector.producers}（${p.scope.label}，${p.reason.producerCount}）`}>
        {p.reason.producers.length === 0 ? (
          <p className="muted" data-testid="no-producers">
            {zh.inspector.noProducers(p.scope.label, p.name)}
          </p>
        ) : (
          <ul>
            {p.reason.producers.map((e) => (
              <li key={e.id}>
                {e.name}
                <span className="muted"> · {e.zone?.name ?? zh.inspector.zoneUnknown}</span>
                {byId.get(e.id) && <Freshness info={byId.get(e.id) as FreshnessInfo} />}
              </li>
            ))}
          </ul>
        )}
        {p.reason.producerCount > p.reason.producers.length && (
          <p className="muted small">
            {zh.inspector.moreProducers(p.reason.producers.length, p.reason.producerCount)}
          </p>
        )}
        {elsewhere.length > 0 && (
          <p className="muted small">
            {zh.inspector.elsewhere}：
            {elsewhere.map((e) => `${e.name}（${e.zone?.name ?? zh.inspector.zoneUnknown}）`).join('、')}
          </p>
        )}
      </Section>
      <Section title={zh.inspector.projectsInScope(p.scope.label, p.reason.projectCount)}>
        {projectsHere.length === 0 ? (
          <p className="muted" data-testid="no-projects">
            {zh.inspector.noProjects(p.scope.label, p.name)}
          </p>
        ) : (
          <ul data-testid="projects-in-scope">{projectsHere.map(projectItem)}</ul>
        )}
        {projectsElsewhere.length > 0 && (
          <>
            <p className="muted small">
              {zh.inspector.projectsElsewhere}（{projectsElsewhere.length}）
            </p>
            <ul className="small">{projectsElsewhere.map(projectItem)}</ul>
          </>
        )}
      </Section>
      {p.targets.length > 0 && (
        <Section title={zh.inspector.targets}>
          <ul>
            {p.targets.map((t) => (
              <li key={t.id}>
                {t.name} <span className="muted">· {CANDIDATE.PLAN_TARGET.label}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={zh.inspector.chains}>
        <ul>
          {p.chains.map((c) => (
            <li key={c.id}>
              <button type="button" className="link" onClick={() => onOpenChain(c.id, p.id)}>
                {c.name}
              </button>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={zh.inspector.neighbours}>
        <p className="small">
          {zh.inspector.upstreamLinks}：
          {p.upstream.length === 0
            ? zh.inspector.none
            : p.upstream.map((u) => (
                <button key={u.id} type="button" className="chip" onClick={() => onFocus(u.id)}>
                  {u.name}
                </button>
              ))}
        </p>
        <p className="small">
          {zh.inspector.downstreamLinks}：
          {p.downstream.length === 0
            ? zh.inspector.none
            : p.downstream.map((d) => (
                <button key={d.id} type="button" className="chip" onClick={() => onFocus(d.id)}>
                  {d.name}
                </button>
              ))}
        </p>
      </Section>
      <Section title={zh.inspector.sources}>
        {p.sources.map((s) => (
          <blockquote key={s.id}>
            “{s.quote}”
            <cite>
              {s.section} · {zh.inspector.line(s.line)}
            </cite>
          </blockquote>
        ))}
      </Section>
    </div>
  );
}
