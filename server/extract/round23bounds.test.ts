/**
 * The twenty-third chain round, part on boundaries (docs/EXTRACTION.md): where a chain starts and ends and how a
 * stage splits into links — pinned on made-up lines, beside chains that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { REJECT_REASON } from '../../vocab/extractReasons.ts';
import { reasonsOf, stagesOf } from './rounds.testing.ts';

describe("an arrow of the chain's own separators separates wherever it stands", () => {
  it('splits Latin names and a spaced number that the arrow joins', () => {
    expect(stagesOf('衬底→外延→MOCVD→InP 激光器\n')).toEqual([
      [['衬底'], ['外延'], ['MOCVD'], ['InP激光器']],
    ]);
    expect(stagesOf('光纤→SiC→GaN外延片\n')).toEqual([[['光纤'], ['SiC'], ['GaN外延片']]]);
    expect(stagesOf('乙烯 → EO → 128 乳化剂 / 清洗剂\n')).toEqual([
      [['乙烯'], ['EO'], ['128乳化剂', '清洗剂']],
    ]);
  });

  it('still reads a lone arrow between codes as a code, and a dangling arrow as nothing', () => {
    expect(reasonsOf('Blackwell→InP\n')).toContain(REJECT_REASON.code);
    expect(stagesOf('Blackwell→InP\n')).toEqual([]);
  });
});
