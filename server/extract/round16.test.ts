/**
 * The sixteenth chain round (docs/EXTRACTION.md): a run of `=` (a comment banner `// === 上游→中游 ===`, a setext
 * rule, an assignment) bounds a cluster as `#` and `{}` do, so the level path inside a banner is read as levels and
 * no link starts with `===` — pinned on made-up lines, beside a chain in a banner and a chain after an assignment
 * that must stay chains.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { keptOut, stagesOf } from './rounds.testing.ts';

describe('a run of = bounds a cluster', () => {
  it('keeps a level path in a comment banner out', () => {
    keptOut('  // === 下游→上游（原料采购） ===\n', REJECT_REASON.level);
  });

  it('keeps a reversed level path in a banner out', () => {
    keptOut('# ==== 中游→上游 ====\n', REJECT_REASON.abstract);
  });

  it('still reads a chain of products in a banner, without the = run', () => {
    expect(stagesOf('  // === 粗钢→钢材→钢结构 ===\n')).toEqual([[['粗钢'], ['钢材'], ['钢结构']]]);
  });

  it('still reads a chain assigned to a name, without the name', () => {
    expect(stagesOf('flow=原盐→烧碱→PVC\n')).toEqual([[['原盐'], ['烧碱'], ['PVC']]]);
  });
});
