import { describe, expect, it } from 'vitest';
import { facts } from './rounds.testing.ts';

// Made-up sentences for round 23's rule (#15): a miss of round 23's blind texts. Never a name from a test text.

const zoneNames = (t: string) => facts(t).zones.map((z) => z.name);

describe('zones: an honour written right after its verb, with neither quotes nor level (round 23)', () => {
  it('reads no zone from 被评为 + a place + a park word (连续两年被评为某市先进工业园)', () => {
    const t = '甲乙工业园区属省级重点工业园区，连续三年被评为丙丁市优秀工业园，园区共有企业80家。';
    expect(zoneNames(t)).toEqual(['甲乙工业园区']);
  });

  it('keeps a zone a verb other than an honour stands before (落户甲乙工业园区)', () => {
    const t = '戊己公司今年落户甲乙工业园区，另有一家企业被评为先进单位。';
    expect(zoneNames(t)).toEqual(['甲乙工业园区']);
  });
});
