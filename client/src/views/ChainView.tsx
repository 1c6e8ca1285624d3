import { useMemo } from 'react';
import type { ChainViewQuery, ChainViewQueryVariables } from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { ChainMap } from '../map/ChainMap.tsx';
import { chainElements } from '../map/elements.ts';
import { Counts, ErrorNotice, Legend, Loading, Section, StatusBadge } from './common.tsx';

export function ChainView({
  chainId,
  zone,
  focus,
  onFocus,
}: {
  chainId: string;
  zone: string | null;
  focus: string | null;
  onFocus: (id: string | null) => void;
}) {
  const q = useQuery<ChainViewQuery, ChainViewQueryVariables>('ChainView', { id: chainId, zone });
  const chain = q.data?.chain;
  const elements = useMemo(() => (chain ? chainElements(chain.links, chain.feeds) : []), [chain]);
  const link = chain?.links.find((l) => l.product.id === focus) ?? null;

  if (q.state === 'error' && !chain) return <ErrorNotice error={q.error} />;
  if (!chain) return <Loading />;
  return (
    <div className="chain-view">
      <div className="chain-head">
        <div>
          <h2>{chain.name}</h2>
          <p className="expression">{chain.expression}</p>
          <p className="meta">
            {chain.industry.name} · {zh.scope}：{chain.scope.label} · <Counts counts={chain.counts} />
          </p>
        </div>
        <Legend />
      </div>
      <div className="chain-body">
        <ChainMap elements={elements} selected={focus} onSelect={onFocus} />
        <aside className="inspector" aria-label="环节详情">
          {link ? (
            <>
              <h2>
                {link.product.name} <StatusBadge status={link.status} />
              </h2>
              <p className="reason">{link.reason.summary}</p>
              <Section title={`本地生产企业（${link.reason.producerCount}）`}>
                {link.reason.producers.length === 0 ? (
                  <p className="muted">{zh.empty}</p>
                ) : (
                  <ul>
                    {link.reason.producers.map((e) => (
                      <li key={e.id}>
                        {e.name}
                        {e.zone && <span className="muted"> · {e.zone.name}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
              <Section title={`项目（${link.reason.projectCount}）`}>
                {link.reason.projects.length === 0 ? (
                  <p className="muted">{zh.empty}</p>
                ) : (
                  <ul>
                    {link.reason.projects.map((p) => (
                      <li key={p.id}>
                        {p.name}
                        {p.status && <span className="muted"> · {p.status}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
              {link.sharedWith.length > 0 && (
                <Section title="同属其他产业链">
                  <ul>
                    {link.sharedWith.map((c) => (
                      <li key={c.id}>{c.name}</li>
                    ))}
                  </ul>
                </Section>
              )}
            </>
          ) : (
            <>
              <h2>{zh.links}</h2>
              <p className="muted">点击图中环节查看状态、企业、项目与规划原文。</p>
              <Section title="规划原文">
                {chain.sources.map((s) => (
                  <blockquote key={s.id}>
                    “{s.quote}”<cite>{s.section}</cite>
                  </blockquote>
                ))}
              </Section>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
