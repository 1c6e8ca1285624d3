/**
 * The import review's words for sought links of the graph's chains and for the items a plan wants that are no link
 * (facts.wanted: placed in a chain of the review at a stage, or left out).
 */
export const wantedWords = {
  /** A sought link whose chain the reviewer did not accept: it cannot be committed (a link must be a chain's). */
  soughtNoChain: '所属产业链未采纳：此环节不会写入（计为未采纳）',
  /** A sought link that is a link of the graph's chains, not of the plan's own. */
  soughtGraph: '图谱产业链中已有此环节',
  /** Items the plan says it will bring in that are no link of its chains nor of the graph's (facts.wanted). */
  wantedTitle: '规划提出引进、尚无对应环节的产品',
  wantedHint:
    '图谱与本规划的产业链中均无这些环节。选择产业链与阶段后“加入”，该产品即作为新环节写入该产业链，并记为区县规划引进的环节；不加入则不写入。',
  wantedNoChain:
    '图谱与本规划的产业链中均无这些环节。可先采纳或手动添加一条产业链，再将其加入；不加入则不写入。',
  wantedChain: '加入的产业链',
  wantedStage: '阶段',
  wantedAtStage: (n: number, links: string) => `第 ${n} 阶段（与 ${links} 并列）`,
  wantedNewStage: '新增为末端阶段',
  wantedPlace: '加入',
  wantedPlaced: '已加入产业链：将作为新环节及规划引进的环节写入',
};
