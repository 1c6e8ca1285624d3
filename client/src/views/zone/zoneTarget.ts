import { zh } from '../../i18n/zh.ts';

/**
 * The zone page's target line: “2025 年目标” only beside a 2025 figure (the 十四五 plan's, or one an editor set);
 * a zone without one (a district whose plan runs to 2026 or names no period) reads “目标：规划未载明”.
 */
export function zoneTarget(z: { output2025: number | null; valueAdded2025: number | null }): {
  label: string;
  value: string;
} {
  if (z.output2025 === null && z.valueAdded2025 === null)
    return { label: zh.zone.target, value: zh.zone.noTarget };
  const parts = [
    z.output2025 !== null && `${zh.output} ${z.output2025} ${zh.yi}`,
    z.valueAdded2025 !== null && `${zh.valueAdded} ${z.valueAdded2025} ${zh.yi}`,
  ].filter(Boolean);
  return { label: zh.target2025, value: parts.join(' · ') };
}
