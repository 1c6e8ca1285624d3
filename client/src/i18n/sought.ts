/** The zone page's list of links the plan names as ones to bring in (规划提出引进的环节). */
export const soughtWords = {
  title: (n: number) => `规划提出引进的环节（${n}）`,
  intro:
    '规划原文点名要引进、补齐的环节，及其在本区域的现状：缺链、弱链在前，已有 2 家及以上本地企业生产的（强链）在后。',
  /** A region holds several districts: whose plan says so (more than three: the first three and how many). */
  byDistricts: (names: readonly string[]) =>
    names.length <= 3
      ? `${names.join('、')}规划`
      : `${names.slice(0, 3).join('、')}等 ${names.length} 个地区规划`,
  /** More links sought than the page lists: the most-sought first. */
  shownOf: (shown: number, total: number) =>
    `共 ${total} 个环节，列出 ${shown} 个：缺口在前，其次是被最多地区规划点名的；进入下级地区可查看其余。`,
  noGap: '已非缺口',
  quote: (q: string) => `规划原文：“${q}”`,
  more: (n: number) => `另有 ${n} 处原文`,
};
