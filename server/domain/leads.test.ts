import { describe, expect, it } from 'vitest';
import { chinaDate, countLeads, isOverdue, moveRefusal } from './leads.ts';

describe('lead stage moves', () => {
  it('allows forward moves (skipping a stage too) and moves back, each with a reason', () => {
    expect(moveRefusal('CLUE', 'CONTACT', '已电话联系', null)).toBeNull();
    expect(moveRefusal('CONTACT', 'NEGOTIATION', '考察在线上完成', null)).toBeNull();
    expect(moveRefusal('NEGOTIATION', 'CONTACT', '企业换了对接人', null)).toBeNull();
  });

  it('refuses a move to the same stage and a move without a reason', () => {
    expect(moveRefusal('VISIT', 'VISIT', '再次考察', null)).toMatch(/already at stage VISIT/);
    expect(moveRefusal('VISIT', 'NEGOTIATION', '  ', null)).toMatch(/needs a reason/);
  });

  it('lets a signed lead move back only while its project has not started building', () => {
    expect(moveRefusal('SIGNED', 'NEGOTIATION', '协议未生效', '签约')).toBeNull();
    expect(moveRefusal('SIGNED', 'NEGOTIATION', '协议未生效', '在建')).toMatch(/already 在建/);
    expect(moveRefusal('SIGNED', 'CLUE', '协议未生效', '投产')).toMatch(/already 投产/);
  });
});

describe('overdue next steps', () => {
  const now = new Date('2026-11-27T17:30:00Z'); // 2026-11-28 01:30 in China
  it('uses the date in China', () => {
    expect(chinaDate(now)).toBe('2026-11-28');
  });
  it('is overdue when an open lead’s next step is before today; never when signed or undated', () => {
    expect(isOverdue('CONTACT', '2026-11-27', now)).toBe(true);
    expect(isOverdue('CONTACT', '2026-11-28', now)).toBe(false);
    expect(isOverdue('SIGNED', '2026-01-01', now)).toBe(false);
    expect(isOverdue('CLUE', null, now)).toBe(false);
  });
});

describe('lead counts per link', () => {
  it('counts each stage in pipeline order and the open ones (before 签约)', () => {
    const counts = countLeads([
      { product: 'p-铝锭', stage: 'NEGOTIATION' },
      { product: 'p-铝锭', stage: 'CLUE' },
      { product: 'p-铝锭', stage: 'SIGNED' },
      { product: 'p-铝锭', stage: 'CLUE' },
      { product: 'p-再生铝', stage: 'VISIT' },
    ]);
    expect(counts).toEqual([
      { product: 'p-再生铝', open: 1, stages: [{ stage: 'VISIT', count: 1 }] },
      {
        product: 'p-铝锭',
        open: 3,
        stages: [
          { stage: 'CLUE', count: 2 },
          { stage: 'NEGOTIATION', count: 1 },
          { stage: 'SIGNED', count: 1 },
        ],
      },
    ]);
  });
});
