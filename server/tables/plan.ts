import { createHash } from 'node:crypto';
import { BIDI_REASON_ZH, hasBidiControl } from '../../vocab/names.ts';
import { isProjectStatus, PROJECT_STATUSES } from '../../vocab/project.ts';
import { ENTERPRISE_COLUMNS as E, PROJECT_COLUMNS as P, REQUIRED, splitList } from './columns.ts';
import { IndustryIndex, type IndustryRef } from './industries.ts';
import { NameIndex } from './match.ts';
import type { Table } from './read.ts';

export interface Reference {
  /** `within`: the zone's id and the ids of every zone it lies in (its district, city, province). */
  zones: { id: string; name: string; within?: string[] }[];
  /** `link`: a link of some chain (a product a project names may be none). */
  products: { id: string; name: string; link?: boolean }[];
  industries: IndustryRef[];
  enterprises: { id: string; name: string; creditCode?: string | null }[];
  projects: { id: string; name: string }[];
}

export interface RowError {
  row: number;
  column: string;
  reason: string;
}

export interface EnterpriseRow {
  row: number;
  id: string;
  action: 'add' | 'update';
  name: string;
  creditCode: string | null;
  zone: string | null;
  products: string[];
  /** 生产环节 names that are no link of the graph: kept as the firm's stated products (未入链产品), no link made. */
  statedProducts: string[];
  industries: string[];
  note: string | null;
}

export interface ProjectRow {
  row: number;
  id: string;
  action: 'add' | 'update';
  name: string;
  enterprise: string | null;
  zone: string | null;
  product: string | null;
  capacityValues: number[];
  capacityUnits: string[];
  investmentValue: number | null;
  status: string | null;
}

export interface Plan<R> {
  rows: R[];
  rejected: RowError[];
}

/** Longest project name accepted (a longer one would exceed Neo4j's index key size and fail the import). */
export const MAX_PROJECT_NAME = 200;

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const short = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 10);

function missingHeaders(t: Table, required: readonly string[]): RowError[] {
  return required
    .filter((h) => !t.headers.includes(h))
    .map((h) => ({ row: 1, column: h, reason: `缺少必需的列「${h}」` }));
}

/** Validates every row of an enterprise table against the graph; nothing is written here. */
export function planEnterprises(t: Table, ref: Reference): Plan<EnterpriseRow> {
  const rejected = missingHeaders(t, REQUIRED.enterprises);
  if (rejected.length) return { rows: [], rejected };
  const zones = new NameIndex(ref.zones);
  const products = new NameIndex(ref.products);
  const industries = new IndustryIndex(ref.industries);
  const within = new Map(ref.zones.map((z) => [z.id, z.within ?? null]));
  const byName = new NameIndex(ref.enterprises);
  const byCode = new Map(
    ref.enterprises.filter((e) => e.creditCode).map((e) => [e.creditCode as string, e.id]),
  );
  const seen = new Set<string>();
  const rows: EnterpriseRow[] = [];
  for (const { row, cells } of t.rows) {
    const errors: RowError[] = [];
    const bad = (column: string, reason: string) => errors.push({ row, column, reason });
    const name = cells[E.name] ?? '';
    if (!name) bad(E.name, '企业名称不能为空');
    else if (name.length > 100) bad(E.name, '企业名称超过 100 个字符');
    else if (hasBidiControl(name)) bad(E.name, `企业名称${BIDI_REASON_ZH}`);
    else if (seen.has(name)) bad(E.name, `与本文件前面的行重复：「${name}」`);
    const code = (cells[E.creditCode] ?? '').toUpperCase();
    if (code && !CREDIT_CODE.test(code)) bad(E.creditCode, `不是有效的 18 位统一社会信用代码：「${code}」`);
    const zoneName = cells[E.zone] ?? '';
    const zone = zoneName ? zones.find(zoneName) : undefined;
    if (zoneName && !zone) bad(E.zone, `未找到区域「${zoneName}」（不会自动新建）`);
    // A name that is no link is the firm's stated product (未入链产品): kept, reported, no link created.
    const productIds: string[] = [];
    const statedProducts: string[] = [];
    for (const n of splitList(cells[E.links] ?? '')) {
      const id = products.find(n);
      if (id) productIds.push(id);
      else if (n.length > 100) bad(E.links, `产品名称超过 100 个字符：「${n.slice(0, 20)}…」`);
      else if (hasBidiControl(n)) bad(E.links, `产品名称${BIDI_REASON_ZH}`);
      else if (!statedProducts.includes(n)) statedProducts.push(n);
    }
    const industryIds = splitList(cells[E.industries] ?? '').map((n) => {
      const found = industries.find(n, zone ? (within.get(zone) ?? null) : null);
      if ('error' in found) bad(E.industries, found.error);
      return 'id' in found ? found.id : '';
    });
    if (errors.length) {
      rejected.push(...errors);
      continue;
    }
    seen.add(name);
    const existing = (code && byCode.get(code)) || byName.find(name);
    rows.push({
      row,
      id: existing ?? `ent-t-${short(code || name)}`,
      action: existing ? 'update' : 'add',
      name,
      creditCode: code || null,
      zone: zone ?? null,
      products: productIds,
      statedProducts,
      industries: industryIds,
      note: cells[E.note] || null,
    });
  }
  return { rows, rejected };
}

/** Validates every row of a project table against the graph (enterprises may come from the graph only). */
export function planProjects(t: Table, ref: Reference): Plan<ProjectRow> {
  const rejected = missingHeaders(t, REQUIRED.projects);
  if (rejected.length) return { rows: [], rejected };
  const zones = new NameIndex(ref.zones);
  const products = new NameIndex(ref.products);
  const enterprises = new NameIndex(ref.enterprises);
  const existing = new NameIndex(ref.projects);
  const seen = new Set<string>();
  const rows: ProjectRow[] = [];
  for (const { row, cells } of t.rows) {
    const errors: RowError[] = [];
    const bad = (column: string, reason: string) => errors.push({ row, column, reason });
    const name = cells[P.name] ?? '';
    if (!name) bad(P.name, '项目名称不能为空');
    else if (name.length > MAX_PROJECT_NAME) bad(P.name, `项目名称超过 ${MAX_PROJECT_NAME} 个字符`);
    else if (hasBidiControl(name)) bad(P.name, `项目名称${BIDI_REASON_ZH}`);
    else if (seen.has(name)) bad(P.name, `与本文件前面的行重复：「${name}」`);
    const find = (column: string, index: NameIndex, what: string) => {
      const v = cells[column] ?? '';
      const id = v ? index.find(v) : undefined;
      if (v && !id) bad(column, `未找到${what}「${v}」（不会自动新建）`);
      return id ?? null;
    };
    const enterprise = find(P.enterprise, enterprises, '企业');
    const zone = find(P.zone, zones, '区域');
    const product = find(P.link, products, '环节');
    const capText = cells[P.capacity] ?? '';
    const capacity = capText ? Number(capText) : null;
    if (capText && (!Number.isFinite(capacity) || (capacity ?? 0) <= 0))
      bad(P.capacity, `产能须为正数：「${capText}」`);
    const unit = cells[P.unit] ?? '';
    if (capText && !unit) bad(P.unit, '填写了产能时须填写单位');
    const invText = cells[P.investment] ?? '';
    const investment = invText ? Number(invText) : null;
    if (invText && (!Number.isFinite(investment) || (investment ?? -1) < 0))
      bad(P.investment, `投资须为非负数：「${invText}」`);
    const status = cells[P.status] ?? '';
    if (status && !isProjectStatus(status)) {
      bad(P.status, `状态须为 ${PROJECT_STATUSES.join('/')} 之一：「${status}」`);
    }
    if (errors.length) {
      rejected.push(...errors);
      continue;
    }
    seen.add(name);
    const id = existing.find(name);
    rows.push({
      row,
      id: id ?? `proj-t-${short(name)}`,
      action: id ? 'update' : 'add',
      name,
      enterprise,
      zone,
      product,
      capacityValues: capacity === null ? [] : [capacity],
      capacityUnits: capacity === null ? [] : [unit],
      investmentValue: investment,
      status: status || null,
    });
  }
  return { rows, rejected };
}
