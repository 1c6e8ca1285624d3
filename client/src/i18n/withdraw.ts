/** 撤回导入: the plans list's button, the preview dialog and its result (client/src/views/WithdrawPlan.tsx). */
import type { KeepReason, WithdrawKind } from '../../../vocab/withdraw.ts';

export const withdrawWords = {
  button: '撤回导入',
  title: (plan: string) => `撤回导入：${plan}`,
  intro:
    '撤回后，图谱回到未导入此规划时的样子：只由本规划载明、且无人在其上开展工作的内容将被删除；其他规划或他人工作涉及的内容保留。',
  previewing: '正在预演撤回，尚未改动任何数据……',
  removedTitle: '将删除',
  removedDone: '已删除',
  keptTitle: '保留（及原因）',
  restoredTitle: '恢复为导入前的数值',
  nothing: '无',
  confirm: '确认撤回',
  working: '正在撤回……',
  cancel: '取消',
  close: '关闭',
  done: (plan: string) => `已撤回“${plan}”。`,
  counts: (sources: number, relations: number) => `引文 ${sources} 条，关系 ${relations} 条。`,
  /** The zone page of a zone no longer in the graph (its plan withdrawn, or a stale link). */
  zoneGone: '该区域已不在图谱中：载明它的规划可能已被撤回，或此链接已过期。',
  allZones: '查看全部区域',
  more: (n: number) => `等 ${n} 项`,
  kinds: {
    chains: '产业链',
    links: '环节',
    industries: '产业',
    zones: '园区/组团',
    firms: '本地企业',
    targets: '招引对象',
    projects: '项目',
    yearTargets: '年度目标',
    sought: '规划引进环节',
    regions: '行政区',
  } satisfies Record<WithdrawKind, string>,
  reasons: {
    OTHER_PLAN: '另一规划亦载明',
    TABLE: '表格导入亦载明',
    LEAD: '有招商线索',
    EDITED: '已被编辑',
    ALIAS: '有别名',
    IN_USE: '仍被其他数据引用',
  } satisfies Record<KeepReason, string>,
  fields: {
    output2025: '2025 年产值',
    valueAdded2025: '2025 年增加值',
    targetYear: '目标年份',
    name: '名称',
    capacityValues: '产能',
    capacityUnits: '产能单位',
  } as Record<string, string>,
} as const;
