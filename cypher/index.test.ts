import { describe, expect, it } from 'vitest';
import { expand, loadQueries, query } from './index.ts';

const files = new Map([
  ['fragments/evidence', '// a comment the splice drops\nCOLLECT {\n  MATCH (p)\n  RETURN p\n}\n'],
  ['fragments/outer', 'x,\n// include: evidence\n'],
  ['fragments/loop', '// include: loop\n'],
]);

describe('Cypher includes', () => {
  it('splices a fragment at the include line, indented like it, without its comments', () => {
    const text = 'RETURN {\n    a: 1,\n    // include: evidence\n  } AS x';
    expect(expand(text, files)).toBe(
      'RETURN {\n    a: 1,\n    COLLECT {\n      MATCH (p)\n      RETURN p\n    }\n  } AS x',
    );
  });

  it('expands includes inside fragments', () => {
    expect(expand('  // include: outer', files)).toBe('  x,\n  COLLECT {\n    MATCH (p)\n    RETURN p\n  }');
  });

  it('fails at load time on an unknown fragment or a cycle', () => {
    expect(() => expand('// include: nothing', files)).toThrow(
      'No Cypher fragment cypher/fragments/nothing.cypher',
    );
    expect(() => expand('// include: loop', files)).toThrow('Cypher include cycle: loop → loop');
  });

  it('leaves no include line in any loaded query, and loads no fragment as a query', () => {
    const all = loadQueries();
    for (const [name, text] of all) {
      expect(name.startsWith('fragments/'), name).toBe(false);
      expect(text, name).not.toMatch(/\/\/\s*include:/);
    }
    expect(query('chains')).toContain('producerCount');
  });
});
