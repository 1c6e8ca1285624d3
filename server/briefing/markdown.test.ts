import { describe, expect, it } from 'vitest';
import { buildBriefing } from './fixture.ts';
import { briefingMarkdown } from './markdown.ts';

const md = (over = {}) => briefingMarkdown(buildBriefing(over), { image: './chain-x.svg' });

describe('briefing Markdown', () => {
  it("lists the chain's leads in a pipeline section only when there are any", () => {
    expect(md()).not.toContain('招商线索进展');
    const lead = {
      firm: '明泰铝业',
      link: '铝锭',
      zone: '北渡组团',
      owner: '王招商',
      stage: 'NEGOTIATION' as const,
      nextStep: '上门拜访',
      nextStepDate: '2026-11-01',
      overdue: true,
      investment: 8,
      project: null,
    };
    const text = md({ pipeline: [lead] });
    expect(text).toContain('## 招商线索进展');
    expect(text).toContain(
      '- 【洽谈】明泰铝业 → 铝锭（北渡组团），负责人 王招商；下一步：上门拜访（2026-11-01，已逾期）；预计投资 8 亿元',
    );
  });

  it('has the title, overview, targets and map', () => {
    const text = md();
    expect(text.startsWith('# 测试产业链链长简报\n')).toBe(true);
    expect(text).toContain('- **产业链**：甲—乙 + 丙[1]');
    expect(text).toContain('- **链长**：（未设置）');
    expect(text).toContain('- **范围**：全区');
    expect(text).toContain('- **生成日期**：2025-03-01');
    expect(text).toContain('- 新材料产业 2025 年目标：产值 300 亿元，增加值 75 亿元[3]');
    expect(text).toContain('  - 北渡组团：产值 120 亿元[3]');
    expect(text).toContain('![测试产业链产业链图（全区）](./chain-x.svg)');
    expect(md({ leader: '王链长' })).toContain('- **链长**：王链长');
  });

  it('has one table row per link with status, cited producers and projects; pipes escaped', () => {
    const rows = md()
      .split('\n')
      .filter((l) => /^\| \d/.test(l));
    expect(rows).toEqual([
      '| 1 | 甲 | 强链 | 甲一（北渡组团）[2]；甲二（区域未载明）[2] | — |',
      '| 2 | 乙 | 弱链 | — | 乙项目（10 万吨，在建）[4] |',
      '| 2 | 丙\\|特殊&lt;材料&gt; | 缺链 | — | — |',
    ]);
  });

  it('escapes HTML and Markdown in names: no tag, link, image or emphasis survives', () => {
    const evil = '<img src=x onerror=alert(1)>[x](javascript:alert(1))![i](http://e/x.png)*b*_i_`c`';
    const text = md({ chainName: evil, title: evil, leader: evil, industry: evil });
    expect(text).not.toMatch(/<img|\]\(javascript|!\[i\]\(http|(^|[^\\])\*b/);
    expect(text).toContain(
      '&lt;img src=x onerror=alert\\(1\\)&gt;\\[x\\]\\(javascript:alert\\(1\\)\\)\\!\\[i\\]\\(http://e/x.png\\)\\*b\\*\\_i\\_\\`c\\`',
    );
    expect(md({ leader: 'a\n# 标题' })).toContain('- **链长**：a \\# 标题');
  });

  it('names every priority part with its label (enum values are not escaped as text)', () => {
    const b = buildBriefing();
    const gap = b.gaps[0];
    if (!gap) throw new Error('the fixture has a gap');
    gap.priority.parts.push({
      part: 'BREAKS_CHAIN',
      points: 15,
      text: '断链：甲链从原料到终端产品都要经过此环节',
      cites: [],
    });
    const md = briefingMarkdown(b, { image: './x.svg' });
    expect(md).not.toContain('undefined');
    expect(md).toContain('断链（+15）');
  });

  it("footnotes the plan's sentence a priority part quotes (规划引进)", () => {
    const b = buildBriefing();
    const gap = b.gaps[0];
    if (!gap) throw new Error('the fixture has a gap');
    gap.priority.parts.push({
      part: 'PLAN_SOUGHT',
      points: 10,
      text: '规划提出引进（甲区：“引进丙生产企业”）',
      cites: [2],
    });
    expect(briefingMarkdown(b, { image: './x.svg' })).toContain(
      '- 规划引进（+10）：规划提出引进（甲区：“引进丙生产企业”）[2]',
    );
  });

  it('lists gaps with candidates and numbered sources', () => {
    const text = md();
    expect(text).toContain('### 乙（第 2 环，项目待补，优先级低）');
    expect(text).toContain('- 项目：乙项目 — 在建项目，产能 10 万吨[4]');
    expect(text).toContain('- 在建项目（-20）：已有签约或在建项目将补上：乙项目（在建）');
    // Gaps in the order given (priority); pool firms with their place; folded ones counted, not listed.
    expect(text.indexOf('### 丙')).toBeLessThan(text.indexOf('### 乙'));
    expect(text).toContain('优先级得分 49：');
    expect(text).toContain('- 招引企业：丁材（江苏省） — 主营产品 丙，占主营业务 40.0%');
    expect(text).toContain('- 另有 2 个弱匹配或区外项目（如主营占比低于 10%），见图谱「更多」');
    const none = buildBriefing().gaps.map((g) => ({ ...g, candidates: [], folded: 0 }));
    expect(md({ gaps: none })).toContain(
      '- 暂无招引对象或项目（规划未点名，全国企业库也无主营占比达标的企业）',
    );
    expect(text).toContain('[4] 「乙项目 10 万吨」（专栏）');
    expect(md({ gaps: [] })).toContain('本范围内各环节均为强链。');
  });
});
