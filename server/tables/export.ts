import ExcelJS from 'exceljs';
import { type CsvValue, toCsv as csvText, neutralise } from '../../vocab/csv.ts';
import { enterpriseTable } from '../../vocab/exportRows.ts';
import type { Db } from '../db/neo4j.ts';
import { readEnterprisePage, readIndustries } from '../db/reads.ts';
import type { ChainModel, EnterpriseModel } from '../graphql/models.ts';
import { PROJECT_COLUMNS as P } from './columns.ts';

export type Cell = CsvValue;

export { ENTERPRISE_HEADERS } from '../../vocab/exportRows.ts';
export const PROJECT_HEADERS = [
  P.name,
  P.enterprise,
  P.zone,
  P.link,
  P.capacity,
  P.unit,
  P.investment,
  P.status,
];

/** CSV for Excel (vocab/csv.ts: BOM, CRLF, quoting, formula-leading cells neutralised) as bytes. */
export function toCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): Buffer {
  return Buffer.from(csvText(headers, rows), 'utf8');
}

/** An XLSX cell: strings neutralised like CSV cells (a leading = + - @ is text, not a formula). */
const xlsxCell = (v: Cell) => (typeof v === 'string' ? neutralise(v) : (v ?? null));

export async function toXlsx(
  sheet: string,
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow([...headers]).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(xlsxCell));
  ws.columns.forEach((c) => {
    c.width = 18;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Enterprise rows of the export: industry ids → names, in the screen's order (vocab/exportRows.ts). */
export function enterpriseRows(
  page: readonly EnterpriseModel[],
  industryNames: ReadonlyMap<string, { name: string }>,
): Cell[][] {
  return enterpriseTable(
    page.map((e) => ({
      id: e.id,
      name: e.name,
      creditCode: e.creditCode ?? null,
      zone: e.zone?.name ?? null,
      products: (e.products ?? []).map((p) => p.name),
      statedProducts: e.statedProducts ?? [],
      industries: (e.industries ?? []).map((id) => industryNames.get(id)?.name ?? id),
      note: e.note ?? null,
    })),
  ).rows;
}

/** Every local firm in scope (null: the district) as export rows; each carries its zone and products. */
export async function readEnterpriseRows(db: Db, zone: string | null): Promise<Cell[][]> {
  const [{ page }, industries] = await Promise.all([
    readEnterprisePage(
      db,
      { zone, product: null, industry: null, local: true, query: null },
      { limit: 1_000_000 },
    ),
    readIndustries(db),
  ]);
  return enterpriseRows(page, industries);
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A chain as GraphML (links as nodes with stage and status, FEEDS as edges) for Gephi, yEd or Cytoscape desktop. */
export function chainGraphml(c: ChainModel): string {
  const nodes = c.links
    .map(
      (l) =>
        `    <node id="${xml(l.product.id)}"><data key="name">${xml(l.product.name)}</data><data key="stage">${l.stage}</data><data key="status">${l.status}</data><data key="producers">${l.reason.producerCount}</data></node>`,
    )
    .join('\n');
  const edges = c.feeds
    .map(
      (f, i) =>
        `    <edge id="e${i}" source="${xml(f.from)}" target="${xml(f.to)}"><data key="rel">FEEDS</data></edge>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="stage" for="node" attr.name="stage" attr.type="int"/>
  <key id="status" for="node" attr.name="status" attr.type="string"/>
  <key id="producers" for="node" attr.name="producers" attr.type="int"/>
  <key id="rel" for="edge" attr.name="rel" attr.type="string"/>
  <graph id="${xml(c.id)}" edgedefault="directed">
    <desc>${xml(`${c.name}：${c.expression}（${c.scope.label}）`)}</desc>
${nodes}
${edges}
  </graph>
</graphml>
`;
}

/** A chain as JSON: the chain, its links with status and reason counts, and its FEEDS edges. */
export function chainJson(c: ChainModel): string {
  return JSON.stringify(
    {
      id: c.id,
      name: c.name,
      expression: c.expression,
      industry: c.industry,
      scope: c.scope.label,
      links: c.links.map((l) => ({
        id: l.product.id,
        name: l.product.name,
        stage: l.stage,
        status: l.status,
        reason: l.reason.summary,
        producers: l.reason.producers.map((e) => e.name),
        projects: l.reason.projects.map((p) => p.name),
      })),
      feeds: c.feeds,
    },
    null,
    2,
  );
}
