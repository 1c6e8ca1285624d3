import { describe, expect, it } from 'vitest';
import { explain, linkStatus, STRONG_MIN_PRODUCERS } from './status.ts';

const ent = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}`, name: `企业${i}` }));
const proj = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `项目${i}` }));

describe('link status', () => {
  it('is STRONG from two local producers on', () => {
    expect(STRONG_MIN_PRODUCERS).toBe(2);
    expect(linkStatus(2, 0)).toBe('STRONG');
    expect(linkStatus(5, 3)).toBe('STRONG');
  });
  it('is WEAK with exactly one producer, or with projects only', () => {
    expect(linkStatus(1, 0)).toBe('WEAK');
    expect(linkStatus(1, 4)).toBe('WEAK');
    expect(linkStatus(0, 1)).toBe('WEAK');
  });
  it('names the lead behind a project signed from one', () => {
    const signed = { id: 'proj-lead-1', name: '旗能铝业铝锭项目', leadOwner: '王招商' };
    expect(explain({ producers: [], projects: [signed] }, '北渡组团').summary).toBe(
      '北渡组团内无本地企业生产，1 个项目在建或规划：旗能铝业铝锭项目（招商线索，负责人 王招商）',
    );
  });
  it('is MISSING with neither', () => {
    expect(linkStatus(0, 0)).toBe('MISSING');
  });
  it('always says why, naming producers and projects', () => {
    const strong = explain({ producers: ent(2), projects: proj(1) }, '北渡组团');
    expect(strong).toMatchObject({ status: 'STRONG', producerCount: 2, projectCount: 1 });
    expect(strong.summary).toBe('北渡组团内 2 家本地企业生产：企业0、企业1；1 个项目在建或规划：项目0');
    expect(explain({ producers: [], projects: proj(2) }, '全区').summary).toBe(
      '全区内无本地企业生产，2 个项目在建或规划：项目0、项目1',
    );
    expect(explain({ producers: ent(1), projects: [] }, '全区').summary).toBe(
      '全区内仅 1 家本地企业生产：企业0',
    );
    expect(explain({ producers: [], projects: [] }, '全区').summary).toBe(
      '全区内无本地企业生产，也无在建或规划项目',
    );
  });
  it('shortens long name lists', () => {
    expect(explain({ producers: ent(6), projects: [] }, '全区').summary).toContain('企业3 等');
  });
});
