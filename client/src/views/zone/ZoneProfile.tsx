import { useState } from 'react';
import { gql } from '../../api/client.ts';
import type {
  SetZoneTargetsMutation,
  SetZoneTargetsMutationVariables,
  ZoneProfileQuery,
} from '../../api/types.generated.ts';
import { zh } from '../../i18n/zh.ts';
import { Freshness } from '../Freshness.tsx';
import { zoneTarget } from './zoneTarget.ts';

export type Zone = NonNullable<ZoneProfileQuery['zone']>;

/** The plan's sentence under the target line, cut to what the line needs. */
const QUOTE_WIDTH = 140;

/** The zone's head: name, parent, description, targets (editable), industries, firms, freshness, sub-zones. */
export function ZoneProfile({
  z,
  onOpenZone,
  onChanged,
}: {
  z: Zone;
  onOpenZone: (id: string) => void;
  onChanged: () => void;
}) {
  const [targets, setTargets] = useState<{ output: string; added: string } | null>(null);
  const target = zoneTarget(z);
  return (
    <div className="zone-head">
      <div>
        <h2>
          {z.name} <span className="muted small">{z.kind}</span>
        </h2>
        {z.parent && (
          <p className="meta">
            {zh.zone.partOf}：
            <button type="button" className="link" onClick={() => z.parent && onOpenZone(z.parent.id)}>
              {z.parent.name}
            </button>
          </p>
        )}
        {z.description && <p>{z.description}</p>}
      </div>
      <dl className="facts">
        <dt>{target.label}</dt>
        <dd>
          {target.value}{' '}
          {targets ? (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void gql<SetZoneTargetsMutation, SetZoneTargetsMutationVariables>('SetZoneTargets', {
                  id: z.id,
                  output2025: Number(targets.output),
                  valueAdded2025: Number(targets.added),
                }).then(
                  () => {
                    setTargets(null);
                    onChanged();
                  },
                  (err: Error) => window.alert(err.message),
                );
              }}
            >
              {(['output', 'added'] as const).map((k) => (
                <input
                  key={k}
                  aria-label={k === 'output' ? zh.output : zh.valueAdded}
                  type="number"
                  min="0"
                  step="any"
                  value={targets[k]}
                  onChange={(e) => setTargets({ ...targets, [k]: e.target.value })}
                />
              ))}
              <button type="submit">{zh.editEnterprise.save}</button>
            </form>
          ) : (
            <button
              type="button"
              className="link small"
              onClick={() =>
                setTargets({ output: String(z.output2025 ?? ''), added: String(z.valueAdded2025 ?? '') })
              }
            >
              {zh.editEnterprise.editTargets}
            </button>
          )}
          {target.quote && (
            <p className="small muted fact-quote" data-testid="zone-target-quote">
              {zh.zone.targetQuote(
                target.quote.length > QUOTE_WIDTH ? `${target.quote.slice(0, QUOTE_WIDTH)}…` : target.quote,
              )}
            </p>
          )}
        </dd>
        <dt>{zh.zone.focus}</dt>
        <dd>{z.focusIndustries.map((i) => i.name).join('、') || '—'}</dd>
        {/* Only where a plan names the zone a key area of an industry (Qijiang's 专栏 tables do; most plans
            name none): a row of dashes on every other district's page said nothing. */}
        {z.keyFor.length > 0 && (
          <>
            <dt>{zh.zone.keyFor}</dt>
            <dd data-testid="zone-key-for">{z.keyFor.map((i) => i.name).join('、')}</dd>
          </>
        )}
        <dt>{zh.zone.enterprises}</dt>
        <dd>{z.enterpriseCount}</dd>
        <dt>{zh.zone.freshness}</dt>
        <dd>
          <Freshness info={z} alone />
        </dd>
        {z.children.length > 0 && (
          <>
            <dt>{zh.zone.children}</dt>
            <dd>
              {z.children.map((c) => (
                <button key={c.id} type="button" className="chip" onClick={() => onOpenZone(c.id)}>
                  {c.name}
                </button>
              ))}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
