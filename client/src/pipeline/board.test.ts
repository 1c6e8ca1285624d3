import { describe, expect, it } from 'vitest';
import { columns, filterOptions, leadLine, otherStages } from './board.ts';

const lead = (id: string, stage: 'CLUE' | 'VISIT' | 'SIGNED', owner: string, overdue = false) => ({
  id,
  stage,
  owner,
  overdue,
  chains: [{ id: 'c1', name: '再生铝' }],
});

describe('pipeline board', () => {
  it('puts leads in stage columns, overdue ones first', () => {
    const cols = columns([lead('a', 'CLUE', '王'), lead('b', 'CLUE', '李', true), lead('c', 'SIGNED', '王')]);
    expect(cols.map((c) => c.stage)).toEqual(['CLUE', 'CONTACT', 'VISIT', 'NEGOTIATION', 'SIGNED']);
    expect(cols[0]?.leads.map((l) => l.id)).toEqual(['b', 'a']);
    expect(cols[4]?.leads.map((l) => l.id)).toEqual(['c']);
  });
  it('offers each owner and chain once', () => {
    const o = filterOptions([lead('a', 'CLUE', '王'), lead('b', 'VISIT', '李'), lead('c', 'CLUE', '王')]);
    expect(o.owners).toHaveLength(2);
    expect(o.chains).toEqual([{ id: 'c1', name: '再生铝' }]);
  });
  it('writes a node’s lead line and the stages a lead can move to', () => {
    expect(
      leadLine([
        { stage: 'CLUE', count: 2 },
        { stage: 'NEGOTIATION', count: 1 },
      ]),
    ).toBe('线索2 洽谈1');
    expect(otherStages('VISIT')).toEqual(['CLUE', 'CONTACT', 'NEGOTIATION', 'SIGNED']);
  });
});
