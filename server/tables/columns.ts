import { ENTERPRISE_COLUMNS } from '../../vocab/exportRows.ts';

/** The Chinese column headers of the templates officers fill in, and what each maps to. Enterprises: vocab/. */
export { ENTERPRISE_COLUMNS };

export const PROJECT_COLUMNS = {
  name: '项目名称',
  enterprise: '企业',
  zone: '所在区域',
  link: '环节',
  capacity: '产能',
  unit: '单位',
  investment: '投资（亿元）',
  status: '状态',
} as const;

export const REQUIRED = { enterprises: [ENTERPRISE_COLUMNS.name], projects: [PROJECT_COLUMNS.name] } as const;

/** Lists inside a cell are separated by 、 ， , ; or ；. */
export const splitList = (cell: string) =>
  cell
    .split(/[、，,;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
