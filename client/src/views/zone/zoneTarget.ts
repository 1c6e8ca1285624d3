import { zh } from '../../i18n/zh.ts';
import { targetFigures } from '../industryCard.ts';

/**
 * The zone page's target line: “2025 年目标” only beside a 2025 figure (the 十四五 plan's, or one an editor set);
 * a zone without one (a district whose plan runs to 2026 or names no period) reads “目标：规划未载明”.
 */
export function zoneTarget(z: { output2025: number | null; valueAdded2025: number | null }): {
  label: string;
  value: string;
} {
  const figures = targetFigures(z.output2025, z.valueAdded2025);
  return figures
    ? { label: zh.target2025, value: figures }
    : { label: zh.zone.target, value: zh.zone.noTarget };
}
