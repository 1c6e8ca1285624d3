import { STATUS } from '../../../vocab/status.ts';
import type { OverviewQuery } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';
import { statusVar } from '../map/cssVars.ts';
import { Counts } from './common.tsx';
import { districtRows } from './districtRows.ts';

type ChainDistricts = OverviewQuery['chains'][number]['districts'];

/**
 * The cross-district view of one chain in a 省/市 scope: per district that plans it or holds some of its links
 * (districtRows) a strip of its links coloured by status (stage order), its counts, and — where its plan lists the
 * chain — the links weak or missing there that a neighbour holds strongly; the other districts in one line.
 */
export function DistrictMatrix({ districts }: { districts: ChainDistricts }) {
  const { rows, quiet } = districtRows(districts);
  return (
    <table className="district-matrix" data-testid="district-matrix">
      <tbody>
        {rows.map((d) => {
          const fromNeighbours = d.inPlan ? d.links.filter((l) => l.strongIn.length > 0) : [];
          return (
            <tr key={d.district.id}>
              <th scope="row">
                {d.district.name}
                {!d.inPlan && <small className="not-in-plan">{zh.districts.notInPlan}</small>}
              </th>
              <td>
                <span className="link-strip" role="img" aria-label={zh.districts.strip(d.district.name)}>
                  {d.links.map((l) => (
                    <span
                      key={l.productId}
                      className="link-cell"
                      title={`${l.name}：${STATUS[l.status].label}`}
                      style={{
                        background: statusVar(l.status, 'fill'),
                        borderColor: statusVar(l.status, 'border'),
                      }}
                    />
                  ))}
                </span>
                <Counts counts={d.counts} />
                {fromNeighbours.length > 0 && (
                  <ul className="neighbour-strong">
                    {fromNeighbours.map((l) => (
                      <li key={l.productId}>
                        {zh.districts.strongNearby(l.name, STATUS[l.status].label, l.strongIn.join('、'))}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
        {quiet.length > 0 && (
          <tr className="quiet-districts" data-testid="quiet-districts">
            <td colSpan={2}>{zh.districts.quiet(quiet)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
