import { describe, expect, it } from 'vitest';
import { KINDS } from '../../bench/data/graph.ts';
import { COLUMNS, CYPHER } from '../../bench/data/load.ts';
import { query } from '../../cypher/index.ts';

describe('bench loader rows sent as lists', () => {
  it('each list kind’s Cypher binds the columns in COLUMNS’ order, and reads no column as a map key', () => {
    for (const kind of KINDS) {
      const columns = COLUMNS[kind];
      const text = query(CYPHER[kind]);
      const bound = [...text.matchAll(/\b(\w+)\[(\d+)\] AS (\w+)/g)];
      if (!columns) {
        expect(bound, kind).toEqual([]);
        continue;
      }
      const row = bound[0]?.[1];
      expect(
        bound.map((m) => [Number(m[2]), m[3]]),
        kind,
      ).toEqual(columns.map((c, i) => [i, c]));
      for (const c of columns) expect(text, kind).not.toMatch(new RegExp(`\\b${row}\\.${c}\\b`));
    }
  });
});
