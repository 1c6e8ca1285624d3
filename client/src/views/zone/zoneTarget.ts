import { zh } from '../../i18n/zh.ts';
import { targetFigures } from '../industryCard.ts';

interface YearTarget {
  year: number;
  output?: number | null;
  valueAdded?: number | null;
  quote?: string | null;
}

/**
 * The zone page's target line: “2025 年目标” beside a 2025 figure (the 十四五 plan's, an imported plan's own district
 * target, or one an editor set); else the targets the plans give for other years, each with its year (a district
 * whose plan runs to 2026 or 2030); “目标：规划未载明” when there is none. `quote`: the plan's sentence that states the
 * figures shown, when the graph knows it (an imported plan's, and the seeded district's own; a seeded industry's or
 * zone's 2025 figure names none).
 */
export function zoneTarget(z: {
  output2025: number | null;
  valueAdded2025: number | null;
  targets?: readonly YearTarget[];
}): { label: string; value: string; quote: string | null } {
  const targets = z.targets ?? [];
  const figures = targetFigures(z.output2025, z.valueAdded2025);
  if (figures)
    return {
      label: zh.target2025,
      value: figures,
      quote: targets.find((t) => t.year === 2025)?.quote ?? null,
    };
  const others = targets.filter((t) => targetFigures(t.output, t.valueAdded));
  const [only] = others;
  if (only && others.length === 1)
    return {
      label: zh.zone.targetOf(only.year),
      value: targetFigures(only.output, only.valueAdded),
      quote: only.quote ?? null,
    };
  if (others.length > 1)
    return {
      label: zh.zone.target,
      value: others.map((t) => `${t.year} 年 ${targetFigures(t.output, t.valueAdded)}`).join('；'),
      quote: null,
    };
  return { label: zh.zone.target, value: zh.zone.noTarget, quote: null };
}
