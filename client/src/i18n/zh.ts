/** All UI text, in Simplified Chinese. A second language is one more file of the same shape. */
export const zh = {
  appTitle: '产业链图谱',
  appSubtitle: '綦江区“十四五”工业规划 · 招商引资',
  district: '全区',
  scope: '范围',
  loading: '正在加载…',
  retry: '重试',
  dbDown: '图数据库暂时无法连接，请稍后重试。',
  networkError: '无法连接服务器，请检查网络或服务是否已启动。',
  notFound: '未找到该对象',
  chains: '产业链',
  industries: '产业',
  target2025: '2025 年目标',
  output: '产值',
  valueAdded: '增加值',
  yi: '亿元',
  legend: '图例',
  status: { STRONG: '强链', WEAK: '弱链', MISSING: '缺链' },
  statusHelp: {
    STRONG: '区内 2 家及以上本地企业生产',
    WEAK: '仅 1 家本地企业生产，或仅有在建/规划项目',
    MISSING: '无本地企业生产，也无项目',
  },
  shared: '与其他产业链共用的环节',
  fit: '适应窗口',
  zoomIn: '放大',
  zoomOut: '缩小',
  links: '环节',
  empty: '暂无数据',
  chooseChain: '请选择一条产业链',
} as const;

export type Status = keyof typeof zh.status;
