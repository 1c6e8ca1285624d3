import { useState } from 'react';
import type { LeadZonesQuery, LeadZonesQueryVariables } from '../api/types.generated.ts';
import { useQuery } from '../api/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { ZoneFinder } from '../shell/ZoneFinder.tsx';
import type { ScopeZone } from '../state/scopeTree.ts';
import { leadZoneOptions, optionText } from './leadZones.ts';

const T = zh.pipeline;

/** The most zones of the district in view the select offers (Zone.descendants caps at 500); the rest by name. */
export const LEAD_ZONES_SHOWN = 200;

/**
 * The lead form's 落地区域: the zones of the district in view (LeadZones: the lead's gap's scope, its district and
 * the zones inside it, at most LEAD_ZONES_SHOWN, upper levels first — the seed's 綦江区 and all its zones), and a search of every zone (ZoneFinder) for one
 * elsewhere: a match picked joins the list and is chosen. The value is a zone id, as before.
 */
export function LeadZoneField({
  scope,
  value,
  onChange,
}: {
  scope: string | null;
  value: string;
  onChange: (zone: string) => void;
}) {
  const offered = useQuery<LeadZonesQuery, LeadZonesQueryVariables>('LeadZones', {
    zone: scope,
    first: LEAD_ZONES_SHOWN,
  });
  const [picked, setPicked] = useState<ScopeZone[]>([]);
  const s = offered.data?.scope;
  const options = leadZoneOptions(
    s?.zone ?? null,
    s?.district ?? null,
    s?.district?.descendants ?? [],
    picked,
  );
  return (
    <>
      <label>
        {T.zone}
        <select value={value} onChange={(e) => onChange(e.target.value)} required data-testid="lead-zone">
          <option value="">{T.chooseZone}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {optionText(o)}
            </option>
          ))}
        </select>
      </label>
      {(s?.district?.descendants.length ?? 0) >= LEAD_ZONES_SHOWN && (
        <p className="meta">{T.zonesCut(LEAD_ZONES_SHOWN)}</p>
      )}
      <ZoneFinder
        label={T.zoneSearch}
        placeholder={T.zoneSearchHint}
        testId="lead-zone"
        onPick={(z) => {
          setPicked((p) => [...p, z]);
          onChange(z.id);
        }}
      />
    </>
  );
}
