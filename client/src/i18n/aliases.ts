/** Alias suggestions in the link inspector (扩展招引池匹配): which pool product names to read as the link. */
export const aliasWords = {
  title: '扩展招引池匹配',
  open: '查看招引池中的相近名称',
  intro: (link: string) =>
    `环节名称较短或较笼统时，全国招引池（上市公司）中主营产品写法不同的企业匹配不到本环节。下列名称都包含“${link}”：设为别名后，主营该产品的企业即列入本环节的招引候选（对所有区县生效）。请结合示例企业判断是否属于同一环节。`,
  noPool: '尚未导入全国招引池（npm run pool:import），暂无可建议的名称。',
  current: (n: number) => `当前别名（${n}）`,
  noAliases: '本环节暂无别名。',
  fromFile: '来自别名表 seed/aliases.json（在代码库中修改）',
  addedBy: (who: string | null, day: string | null) =>
    who ? `${who}${day ? ` 于 ${day}` : ''} 添加` : '经接口添加（未记录添加人）',
  firms: (n: number) => `${n} 家企业`,
  mainFirms: (n: number) => `主营占比≥10%：${n} 家`,
  examples: (names: readonly string[], more: boolean) => `示例：${names.join('、')}${more ? ' 等' : ''}`,
  spellings: (names: readonly string[]) => `同一名称的写法：${names.join('、')}`,
  suggestions: (total: number, shown: number) =>
    `可设为别名的名称（共 ${total} 个，按企业数排列${total > shown ? `，列出前 ${shown} 个` : ''}）`,
  none: (link: string) => `招引池中没有其他包含“${link}”、且尚未匹配的主营产品名称。`,
  broader: (n: number, link: string) =>
    `更宽泛的名称（${n}）：“${link}”包含这些名称，设为别名可能带入并不生产本环节的企业，请慎用`,
  matched: (n: number) => `已匹配到环节、不能再设为别名的名称（${n}）：`,
  matchedItem: (name: string, firms: number, links: readonly string[]) =>
    `${name}（${firms} 家${links.length > 0 ? `，归入“${links.join('、')}”` : ''}）`,
  add: (link: string) => `设为“${link}”的别名`,
  adding: '正在设置…',
  remove: '移除',
  removeLabel: (pool: string) => `移除别名“${pool}”`,
  added: (pool: string, link: string, firms: number) =>
    `已将“${pool}”设为“${link}”的别名：主营该产品的 ${firms} 家企业已列入招引候选。`,
  removed: (pool: string) => `已移除别名“${pool}”。`,
  needsEditor: '设为别名或移除需要编辑令牌（在页面右上角“只读”处输入）。',
  forbidden: '需要编辑令牌才能修改别名（在页面右上角“只读”处输入编辑令牌后重试）。',
  failed: (message: string) => `操作失败：${message}`,
} as const;
