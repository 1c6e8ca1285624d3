import { describe, expect, it } from 'vitest';
import { byPeriod, currentPlan, issuedOf, periodEnded, periodOf, supersededPlans } from './periods.ts';

describe('periodOf', () => {
  it('reads the five-year ordinal and explicit years, years first', () => {
    expect(periodOf('重庆市綦江区“十四五”工业转型升级高质量发展规划')).toEqual({ start: 2021, end: 2025 });
    expect(periodOf('綦江区“十五五”工业发展规划')).toEqual({ start: 2026, end: 2030 });
    expect(periodOf('某区工业发展规划（2024—2028 年）')).toEqual({ start: 2024, end: 2028 });
    expect(periodOf('“十五五”规划（2026-2030年）')).toEqual({ start: 2026, end: 2030 });
  });

  it('falls back to the head of the text and ignores later mentions', () => {
    expect(periodOf('工业发展规划', '本规划期为 2026—2030 年。')).toEqual({ start: 2026, end: 2030 });
    expect(periodOf('工业发展规划', `${'回顾。'.repeat(800)}十四五期间`)).toBeNull();
    expect(periodOf('工业发展规划', '没有期限')).toBeNull();
    expect(periodOf('开发区发展规划', '一、“十三五”时期发展回顾。二、“十四五”目标')).toEqual({
      start: 2021,
      end: 2025,
    });
  });
});

describe('currentPlan', () => {
  const p14 = { id: 'a', periodStart: 2021, periodEnd: 2025 };
  const p15 = { id: 'b', periodStart: 2026, periodEnd: 2030 };
  const none = { id: 'c', periodStart: null, periodEnd: null };

  it('is the plan whose period contains today, else the latest', () => {
    expect(currentPlan([p14, p15], new Date('2024-06-01'))).toBe(p14);
    expect(currentPlan([p14, p15], new Date('2026-11-28'))).toBe(p15);
    expect(currentPlan([p14], new Date('2026-11-28'))).toBe(p14);
    expect(currentPlan([none, p14], new Date('2040-01-01'))).toBe(p14);
    expect(currentPlan([], new Date())).toBeNull();
  });

  it('lists latest first and names the superseded plans per district', () => {
    expect(byPeriod([p14, none, p15]).map((p) => p.id)).toEqual(['b', 'a', 'c']);
    const plans = [
      { ...p14, district: 'd1' },
      { ...p15, district: 'd1' },
      { ...p14, id: 'x', district: 'd2' },
    ];
    expect(supersededPlans(plans, new Date('2026-11-28'))).toEqual(['a']);
    expect(supersededPlans(plans, new Date('2023-01-01'))).toEqual(['b']);
  });

  it('says when a period has ended', () => {
    expect(periodEnded(2025, new Date('2025-12-31'))).toBe(false);
    expect(periodEnded(2025, new Date('2026-01-01'))).toBe(true);
    expect(periodEnded(null, new Date())).toBe(false);
  });
});

describe('issuedOf', () => {
  const today = new Date('2026-12-06T00:00:00Z');
  it('reads the date a page gives itself at its head', () => {
    // Found importing a 芷江 news page: its facts read 信息截至 <the import day> though the page is of 2023-08-20.
    expect(issuedOf('梁元和调研产业链项目建设\n2023-08-20 来源:芷江融媒体中心\n芷江融媒讯…', today)).toBe(
      '2023-08-20',
    );
    expect(
      issuedOf('辽宁西丰经济开发区“十四五”发展规划\n来源:发改局 发布时间:2023年01月16日\n…', today),
    ).toBe('2023-01-16');
    expect(issuedOf('來源:中央廣電總臺國際在線  |  2020-12-31 16:20:50\n…', today)).toBe('2020-12-31');
    expect(issuedOf('政府工作报告\n——2023年1月7日在东阿县第十九届人民代表大会第二次会议上\n…', today)).toBe(
      '2023-01-07',
    );
    expect(issuedOf('成文日期：2021年5月8日\n…', today)).toBe('2021-05-08');
  });

  it('gives nothing for dates in the body, year ranges, impossible days or days to come', () => {
    expect(issuedOf('到2025年，全区工业总产值达到500亿元。', today)).toBeNull();
    expect(issuedOf('规划期为2021—2025年。', today)).toBeNull();
    expect(issuedOf(`${'正文。'.repeat(300)}\n发布时间：2023-01-16`, today)).toBeNull();
    expect(issuedOf('发布时间：2023-02-30', today)).toBeNull();
    expect(issuedOf('发布时间：2027-01-01', today)).toBeNull();
  });
});
