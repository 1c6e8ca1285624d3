/** Plans have periods: the plan switcher, the earlier-plan notice and the comparison page. */
export const plansWords = {
  label: '规划',
  period: (start: number | null, end: number | null) =>
    start !== null && end !== null ? `${start}—${end} 年` : '期限未载明',
  current: '现行',
  earlier: '往期',
  option: (title: string, period: string, current: boolean) =>
    `${title}（${period}${current ? '，现行' : ''}）`,
  viewingEarlier: (title: string, period: string) => `正在查看往期规划：${title}（${period}）。`,
  backToCurrent: '回到现行规划',
  compare: '对比规划',
  from: '原规划',
  to: '新规划',
  chainsAdded: '新增产业链',
  chainsDropped: '新规划明确不再列入的产业链',
  chainsNotRestated: '新规划未提及的产业链（未提及不等于删去）',
  linksAdded: '新增环节',
  linksDropped: '删去的环节',
  targetsChanged: '目标变化',
  gapsClosed: '已补强的缺口',
  gapClosedBy: (facts: string) => `新增：${facts}`,
  none: '无',
  metric: { OUTPUT: '产值', VALUE_ADDED: '增加值' } as const,
  yearValue: (v: { year: number; value: number } | null) => (v ? `${v.year} 年 ${v.value} 亿元` : '未设'),
  needTwo: '该地区只有一个规划，导入后续规划后即可对比。',
  target: (year: number) => `${year} 年目标`,
  chainCount: (n: number) => `${n} 条产业链`,
} as const;
