/**
 * Names and runs the zone rules read that are no zones of the plan (round 32, #15): towns listed as the places a
 * visit goes to or as bodies at a meeting.
 */
import type { Doc } from '../text.ts';

/** The bodies a meeting lists (…局、…委员会、…中心、甲镇、乙镇相关负责同志参会): an office is the item before. */
const BODY_BEFORE = /(?:局|委员会|委|办公室|办|政府|中心|部)、$/u;
/** …甲镇、乙镇(的)?(相关|有关)?负责同志/负责人/党委…: the towns' officials, not the towns as places of industry. */
const OFFICIALS_AFTER = /^(?:等)?(?:乡镇)?的?(?:相关|有关|主要)?(?:负责同志|负责人|领导|干部|党委|政府)/u;
/** 到甲镇、乙镇调研(考察, 视察…): the places a visit goes to. */
const VISIT_BEFORE = /(?:到|赴|深入|前往|来到|走进|走访)$/u;
const VISIT_AFTER = /^(?:等地)?(?:[^，。；,;！？]{0,6})?(?:调研|考察|视察|走访|检查|督导|督查|慰问)/u;

/**
 * A run of the district's towns (甲镇、乙镇) from `start` to `end` that names where officials come from or a visit goes,
 * not towns a park spans or a layout names.
 */
export function townsNotZones(doc: Doc, start: number, end: number): boolean {
  const before = doc.match.slice(Math.max(0, start - 12), start);
  const after = doc.match.slice(end, end + 16);
  if (BODY_BEFORE.test(before) || OFFICIALS_AFTER.test(after)) return true;
  return VISIT_BEFORE.test(before) && VISIT_AFTER.test(after);
}
