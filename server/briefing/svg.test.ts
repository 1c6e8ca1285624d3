import { describe, expect, it } from 'vitest';
import { STATUS } from '../../vocab/status.ts';
import { buildBriefing, buildLink } from './fixture.ts';
import { chainMapSvg, layout, textEm, wrapLabel } from './svg.ts';

describe('chain map SVG', () => {
  it('draws every link in its status colour, MISSING dashed, with the CJK font', () => {
    const svg = chainMapSvg(buildBriefing());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('font-family="Noto Sans CJK SC');
    expect(svg).toMatch(
      new RegExp(`data-link="p-a" data-status="STRONG"><rect[^>]*fill="${STATUS.STRONG.fill}"`),
    );
    expect(svg).toMatch(
      new RegExp(`data-link="p-b" data-status="WEAK"><rect[^>]*fill="${STATUS.WEAK.fill}"`),
    );
    expect(svg).toMatch(
      /data-link="p-c" data-status="MISSING"><rect[^>]*fill="#ffffff" stroke="#d23c3c"[^>]*stroke-dasharray/,
    );
    // Names are escaped, and the legend names the three statuses.
    expect(svg).toContain('丙|特殊&lt;材料&gt;');
    for (const label of ['强链', '弱链', '缺链']) expect(svg).toContain(label);
  });

  it('puts stages in columns left to right, stacks a stage, and draws FEEDS between consecutive stages', () => {
    const { boxes } = layout(buildBriefing().links);
    const [a, b, c] = boxes;
    expect(a && b && c).toBeTruthy();
    if (!a || !b || !c) return;
    expect(b.x).toBeGreaterThan(a.x + a.w);
    expect(c.x).toBe(b.x);
    expect(c.y).toBeGreaterThanOrEqual(b.y + b.h);
    const svg = chainMapSvg(buildBriefing());
    expect(svg.match(/marker-end="url\(#arrow\)"/g)?.length).toBe(2);
    // An edge that skips a stage is not drawn.
    const skip = chainMapSvg(
      buildBriefing({
        links: [buildLink(), buildLink({ id: 'p-z', name: '戊', stage: 3 })],
        feeds: [{ from: 'p-a', to: 'p-z' }],
      }),
    );
    expect(skip).not.toContain('marker-end="url(#arrow)"');
  });

  it('wraps long names and measures CJK wider than Latin', () => {
    expect(textEm('铝锭')).toBe(2);
    expect(textEm('PET')).toBeCloseTo(1.65);
    expect(wrapLabel('汽车铝铸件零部件与家用铝制品')).toEqual(['汽车铝铸件零部件', '与家用铝制品']);
    expect(wrapLabel('汽车铝铸件零部件与家用PET')).toEqual(['汽车铝铸件零部件', '与家用PET']);
    expect(wrapLabel('乙二醇与聚PET')).toEqual(['乙二醇与聚PET']);
  });
});
