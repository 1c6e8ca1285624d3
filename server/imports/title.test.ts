import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths.ts';
import { titleOfText, titleProposal } from './title.ts';

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/plans', name), 'utf8');

describe('the title proposed for an imported plan', () => {
  // Found by the multi-district audit: an imported plan's title was its file name.
  it('is a line that is only a quoted title', () => {
    expect(titleOfText('《某县工业发展规划》\n一、发展基础\n……')).toBe('某县工业发展规划');
    // A quoted title inside a sentence is a citation, not this text's title.
    expect(titleOfText('根据《某省制造业规划》，制定本方案。\n')).toBeNull();
  });
  it('is a plan heading with its period, after a gazette’s newspaper items and notice', () => {
    const text =
      '自身硬首先要自身廉（人民论坛）\n……\n关于印发某区“十四五”工业\n高质量发展规划（2021—2025 年）》的通知\n 某区“十四五”工业高质量发展规划\n';
    expect(titleOfText(text)).toBe('某区“十四五”工业高质量发展规划');
    expect(titleOfText('某县工业发展规划（2026—2030 年）\n正文。')).toBe('某县工业发展规划（2026—2030 年）');
  });
  it('is the first line that is no source or page furniture, when it reads as a heading', () => {
    expect(titleOfText(fixture('xiushan-industry-2026.txt'))).toBe(
      '重点发展医药、食品、新材料、电子信息、汽车配件五大百亿级工业产业',
    );
    expect(titleOfText('来源：http://x.cn/1.html（转载）\n政 府 工 作 报 告\n各位代表：')).toBe(
      '政府工作报告',
    );
    expect(titleOfText('现代产业区\n(2)区域及产业发展规划\n')).toBe('现代产业区');
  });
  it('is the document under a session’s label, named by the label’s place when it is a report of a kind alone', () => {
    expect(titleOfText(fixture('yexian-work-report-2024.txt'))).toBe('叶县政府工作报告');
    // A column's tag before a page's heading is the paper's.
    expect(titleOfText(fixture('fengjie-eco-industry-2025.txt'))).toBe(
      '提速生态工业发展积极建设长江经济带上的绿色制造强县',
    );
    expect(titleOfText('某市人大会议文件之三\n关于2024年国民经济和社会发展计划执行情况的报告\n')).toBe(
      '关于2024年国民经济和社会发展计划执行情况的报告',
    );
  });
  it('is the file name when the text gives none (a paragraph after the page furniture)', () => {
    const wangcang = fixture('wangcang-development-zone-intro.txt');
    expect(titleOfText(wangcang)).toBeNull();
    expect(titleProposal(wangcang, '/tmp/旺苍经开区.txt')).toEqual({ title: '旺苍经开区', from: 'file' });
    expect(titleProposal('某县工业发展规划\n', 'a.txt')).toEqual({ title: '某县工业发展规划', from: 'text' });
  });
  it('is a plan heading the copy ran into its first paragraph, when it names its period', () => {
    // A .docx share page dropped the line breaks (and the period's dash) of 铜鼓县's plan.
    expect(titleOfText(fixture('tonggu-industry-14th-plan.txt'))).toBe('铜鼓县“十四五”工业经济发展规划');
    expect(titleOfText('某县工业发展规划（2021—2025年）一、发展基础。全县……')).toBe(
      '某县工业发展规划（2021—2025年）',
    );
    // A sentence that cites a plan is no heading; nor is a plan named without its period.
    expect(titleOfText('根据“十四五”规划，制定本方案，推动……')).toBeNull();
    expect(titleOfText('某县“十四五”规划的主要目标是建成……，实现……')).toBeNull();
    expect(titleOfText('某县工业发展规划明确提出，到2025年建成……')).toBeNull();
  });
  it('reads a long text in one pass (no backtracking on a line of a million dashes)', () => {
    const t0 = Date.now();
    expect(titleOfText(`${'—'.repeat(1_000_000)}\n${'甲'.repeat(1_000_000)}`)).toBeNull();
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
