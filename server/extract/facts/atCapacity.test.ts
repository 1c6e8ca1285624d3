import { describe, expect, it } from 'vitest';
import { facts } from './rounds.testing.ts';

// Found walking 中方县's plan (docs/WALKS.md): a firm's output once at full capacity (全面达产后，年总产值将达5亿元)
// became its zone's “2025 年：产值 5 亿元” on the review screen — a year the sentence never states, a figure no
// plan set. Invented firm names.
// A 十四五 plan: a figure with no year of its own is read as the plan's 2025 one.
const PLAN = '中方县“十四五”工业高质量发展规划\n';
const zoneTargets = (t: string) =>
  facts(PLAN + t)
    .zones.filter((z) => z.target)
    .map((z) => `${z.name}:${z.target?.year}:${z.target?.output}`);

describe('a plant’s output at full capacity is no target', () => {
  it('gives its zone no target (全面达产后，年总产值将达…; 达产后,可创年产值…)', () => {
    expect(
      zoneTargets(
        '2023年5月，该项目主体企业湖南某某新材料有限公司落户中方产业开发区，只用了13个月就正式开业投产，全面达产后，年总产值将达5亿元，可提供就业岗位300个。',
      ),
    ).toEqual([]);
    expect(zoneTargets('中方产业开发区规划面积7560亩，分三期建设，达产后，可创年产值200亿元以上。')).toEqual(
      [],
    );
  });
  it('keeps the zone’s own target', () => {
    expect(zoneTargets('推动中方产业开发区提质升级，到2025年实现产值50亿元。')).toEqual([
      '中方产业开发区:2025:50',
    ]);
  });
});
