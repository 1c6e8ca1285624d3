/** The Chinese column headers of the templates officers fill in, and what each maps to. */
export const ENTERPRISE_COLUMNS = {
  name: '企业名称',
  creditCode: '统一社会信用代码',
  zone: '所在区域',
  links: '生产环节',
  industries: '所属产业',
  note: '备注',
} as const;

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
