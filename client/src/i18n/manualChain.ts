/** Chains the reviewer adds by hand from a sentence of the plan (import/manualChain.ts, AddChain.tsx). */
export const manualChainWords = {
  intro:
    '规划用文字而非“甲—乙—丙”写出的产业链（如“以电解铝为基础，发展铝合金、铝型材”），可在此按原文填写环节，并选定写出这些环节的原文句子作为出处；提交后该链标注为“依据原文录入”。',
  add: '＋ 依据原文添加产业链',
  remove: '删除',
  linePlaceholder: '环节，如：电解铝—铝合金、铝型材—汽车轻量化部件',
  industry: '所属产业',
  unclassified: '未归类',
  sentence: '原文依据（选择写出这些环节的句子）',
  sentenceFirst: '填写环节后，这里列出原文中提到这些环节的句子。',
  noSentence: '原文中没有句子提到这些环节。产业链须以本规划原文为依据：请按原文的写法填写环节。',
  names: (n: number) => `（提到 ${n} 个环节）`,
  more: '只列出提到环节最多的 5 句；填写更多环节可缩小范围。',
  problem: { stages: '至少两个环节', sentence: '选择原文依据' },
  problems: (what: string[]) => `尚缺：${what.join('、')}。补齐或删除后才能提交。`,
};
