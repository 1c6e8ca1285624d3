/** The chains the plan names in a list, offered as hand-entered drafts (import/namedChains.ts, NamedChains.tsx). */
export const namedChainWords = {
  title: (n: number) => `规划点名的产业链（${n}）`,
  intro:
    '规划以名称列出了以下产业链，但没有写出它们的环节。“添加为产业链”会在下方新建一条依据原文录入的产业链：名称、所属产业和原文依据（列出它的句子）已预填；环节须由审核人依据原文填写，至少两个环节，才能提交。',
  add: '添加为产业链',
  covered: '已有',
  coveredBy: (chain: string) => `已有产业链“${chain}”`,
  drafted: '已添加，待填写环节',
  cue: (cue: string) => `（${cue}）`,
};
