/** The zone page's list of links the plan names as ones to bring in (规划提出引进的环节). */
export const soughtWords = {
  title: (n: number) => `规划提出引进的环节（${n}）`,
  intro:
    '规划原文点名要引进、补齐的环节，及其在本区域的现状：缺链、弱链在前，已有 2 家及以上本地企业生产的（强链）在后。',
  /** A region holds several districts: whose plan says so. */
  byDistrict: (name: string) => `${name}规划`,
  noGap: '已非缺口',
  quote: (q: string) => `规划原文：“${q}”`,
  more: (n: number) => `另有 ${n} 处原文`,
};
