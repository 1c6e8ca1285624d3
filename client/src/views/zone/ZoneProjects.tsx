import { capacityText } from '../../../../vocab/capacity.ts';
import { projectStatusText } from '../../../../vocab/project.ts';
import { downloadCsv } from '../../export/csv.ts';
import { zh } from '../../i18n/zh.ts';
import { Section } from '../common.tsx';
import type { Zone } from './ZoneProfile.tsx';

/** The zone's projects: status, capacity, enterprise; CSV here, Excel from the server. */
export function ZoneProjects({ zone }: { zone: Zone }) {
  const exportProjects = () =>
    downloadCsv(
      `项目清单_${zone.name}.csv`,
      ['项目', '类型', '状态', '产能', '企业', '所在区域'],
      zone.projects.map((p) => [
        p.name,
        p.kind,
        projectStatusText(p.status),
        capacityText(p.capacities),
        p.enterprise?.name,
        p.zone?.name,
      ]),
    );
  return (
    <Section title={`${zh.zone.projects}（${zone.projects.length}）`}>
      <div className="filters">
        <span className="spacer" />
        <button type="button" onClick={exportProjects} disabled={zone.projects.length === 0}>
          {zh.exportCsv}
        </button>
        <a className="button" href={`/tables/export/projects.xlsx?zone=${encodeURIComponent(zone.id)}`}>
          {zh.exportXlsx}
        </a>
      </div>
      <table className="data cards">
        <thead>
          <tr>
            <th>{zh.zone.colProject}</th>
            <th>{zh.zone.colStatus}</th>
            <th>{zh.zone.colCapacity}</th>
            <th>{zh.zone.colEnterprise}</th>
          </tr>
        </thead>
        <tbody>
          {zone.projects.map((p) => (
            <tr key={p.id}>
              <td data-label={zh.zone.colProject}>{p.name}</td>
              <td data-label={zh.zone.colStatus}>{projectStatusText(p.status)}</td>
              <td data-label={zh.zone.colCapacity}>{capacityText(p.capacities) || '—'}</td>
              <td data-label={zh.zone.colEnterprise}>{p.enterprise?.name ?? '—'}</td>
            </tr>
          ))}
          {zone.projects.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                {zh.empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </Section>
  );
}
