import type { Briefing, BriefingLink } from '../../vocab/briefing.ts';

/** A small hand-built briefing for unit tests, with overrides. */
export function buildLink(over: Partial<BriefingLink> = {}): BriefingLink {
  return {
    id: 'p-a',
    name: '甲',
    stage: 1,
    status: 'STRONG',
    summary: '全区内 2 家本地企业生产：甲一、甲二',
    producers: [
      { name: '甲一', zone: '北渡组团', cites: [2] },
      { name: '甲二', zone: null, cites: [2] },
    ],
    projects: [],
    ...over,
  };
}

export function buildBriefing(over: Partial<Briefing> = {}): Briefing {
  return {
    chainId: 'chain-x',
    title: '测试产业链链长简报',
    chainName: '测试产业链',
    expression: '甲—乙 + 丙',
    expressionCites: [1],
    industry: '新材料',
    leader: null,
    scope: { zoneId: null, label: '全区' },
    date: '2025-03-01',
    targets: {
      year: 2025,
      output: 300,
      valueAdded: 75,
      cites: [3],
      zones: [{ name: '北渡组团', output2025: 120, valueAdded2025: null, cites: [3] }],
    },
    links: [
      buildLink(),
      buildLink({
        id: 'p-b',
        name: '乙',
        stage: 2,
        status: 'WEAK',
        summary: '全区内无本地企业生产，1 个项目在建或规划：乙项目',
        producers: [],
        projects: [{ name: '乙项目', capacity: '10 万吨', status: '在建', zone: '北渡组团', cites: [4] }],
      }),
      buildLink({
        id: 'p-c',
        name: '丙|特殊<材料>',
        stage: 2,
        status: 'MISSING',
        summary: '无',
        producers: [],
      }),
    ],
    feeds: [
      { from: 'p-a', to: 'p-b' },
      { from: 'p-a', to: 'p-c' },
    ],
    gaps: [
      {
        link: '丙|特殊<材料>',
        stage: 2,
        status: 'MISSING',
        summary: '无',
        kind: 'NO_SUPPLY',
        breaksChain: false,
        priority: {
          score: 49,
          tier: 'MEDIUM',
          parts: [
            { part: 'REACH', points: 4, text: '下游 0 个环节、1 条产业链（甲链）', cites: [] },
            { part: 'SEVERITY', points: 40, text: '缺链：无本地企业生产，也无项目', cites: [] },
            { part: 'CANDIDATES', points: 5, text: '有 1 个候选（全国企业库 1）', cites: [] },
          ],
        },
        candidates: [
          {
            kind: 'POOL_ENTERPRISE',
            name: '丁材',
            reason: '主营产品 丙，占主营业务 40.0%',
            place: '江苏省',
            cites: [],
          },
        ],
        folded: 2,
      },
      {
        link: '乙',
        stage: 2,
        status: 'WEAK',
        summary: '全区内无本地企业生产，1 个项目在建或规划：乙项目',
        kind: 'PROJECT_ONLY',
        breaksChain: true,
        priority: {
          score: 20,
          tier: 'LOW',
          parts: [
            { part: 'PROJECT', points: -20, text: '已有签约或在建项目将补上：乙项目（在建）', cites: [] },
          ],
        },
        candidates: [
          { kind: 'PROJECT', name: '乙项目', reason: '在建项目，产能 10 万吨', place: null, cites: [4] },
        ],
        folded: 0,
      },
    ],
    pipeline: [],
    poolLoaded: true,
    sources: [
      { n: 1, id: 's1', section: '第三章', quote: '打造“甲—乙 + 丙”' },
      { n: 2, id: 's2', section: '第三章', quote: '甲一、甲二生产甲' },
      { n: 3, id: 's3', section: '第三章', quote: '到 2025 年产值 300 亿元' },
      { n: 4, id: 's4', section: '专栏', quote: '乙项目 10 万吨' },
    ],
    ...over,
  };
}
