import { useState } from 'react';
import { UNCHAINED_PRODUCT } from '../../../vocab/exportRows.ts';
import { graphChanged } from '../api/graphEpoch.ts';
import { unchainedNear } from '../i18n/tables.ts';
import { zh } from '../i18n/zh.ts';
import { Section } from '../views/common.tsx';
import { authHeaders } from './api.ts';
import { FilePicker } from './FilePicker.tsx';

type Kind = 'enterprises' | 'projects' | 'leads';
interface Report {
  written: boolean;
  dryRun: boolean;
  added: { row: number; name: string }[];
  updated: { row: number; name: string }[];
  rejected: { row: number; column: string; reason: string }[];
  /** Enterprise rows whose 生产环节 names no link: kept as the firm's 未入链产品 (absent for leads). */
  unchained?: {
    row: number;
    name: string;
    products: string[];
    near?: { product: string; links: string[] }[];
  }[];
}

const T = zh.tables;

/** Enterprise and project lists from Excel: template → dry run (what would change) → import, all or nothing. */
export function TableImport() {
  const [kind, setKind] = useState<Kind>('enterprises');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    const res = await fetch(
      `/tables/${kind}?file=${encodeURIComponent(file.name)}${dryRun ? '&dryRun=1' : ''}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', ...authHeaders() },
        body: file,
      },
    );
    const body = (await res.json().catch(() => null)) as (Report & { error?: string; code?: string }) | null;
    if (res.status === 401 || res.status === 403) return setError(T.forbidden);
    if (!body || (!res.ok && res.status !== 422)) return setError(body?.error ?? T.failed);
    setReport(body);
    if (!dryRun && res.ok) graphChanged();
  };

  return (
    <Section title={T.title}>
      <div className="filters">
        <select
          value={kind}
          aria-label={T.kind}
          onChange={(e) => {
            setKind(e.target.value as Kind);
            setReport(null);
          }}
        >
          <option value="enterprises">{T.enterprises}</option>
          <option value="projects">{T.projects}</option>
          <option value="leads">{T.leads}</option>
        </select>
        <a className="button" href={`/tables/templates/${kind}.xlsx`}>
          {T.templateXlsx}
        </a>
        <a className="button" href={`/tables/templates/${kind}.csv`}>
          {T.templateCsv}
        </a>
        <FilePicker
          label={T.choose}
          accept=".csv,.xlsx"
          onPick={(f) => {
            setFile(f);
            setReport(null);
          }}
        />
        <button type="button" disabled={!file} onClick={() => void send(true)}>
          {T.dryRun}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!file || !report || report.rejected.length > 0}
          onClick={() => void send(false)}
        >
          {T.commit}
        </button>
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div data-testid="table-report">
          <p>
            {report.written ? T.written : report.dryRun ? T.preview : T.notWritten}：
            {T.added(report.added.length)}，{T.updated(report.updated.length)}，
            {T.rejected(report.rejected.length)}
          </p>
          {(report.unchained?.length ?? 0) > 0 && (
            <div className="notice" data-testid="table-unchained">
              <p title={UNCHAINED_PRODUCT.help}>{T.unchained(report.unchained?.length ?? 0)}</p>
              <ul className="small">
                {report.unchained?.map((u) => (
                  <li key={u.row}>
                    {T.unchainedRow(u.row, u.name, u.products.join('、'))}
                    {u.near?.map((n) => (
                      <span key={n.product} className="muted" data-testid="table-unchained-near">
                        {unchainedNear(n.product, n.links.join('」「'))}
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {report.rejected.length > 0 && (
            <table className="data">
              <thead>
                <tr>
                  <th>{T.row}</th>
                  <th>{T.column}</th>
                  <th>{T.reason}</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.map((r) => (
                  <tr key={`${r.row}-${r.column}-${r.reason}`}>
                    <td>{r.row}</td>
                    <td>{r.column}</td>
                    <td>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </Section>
  );
}
