import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';
import { addScores, type DistrictGold, scoreDistrict } from './districtMeasure.ts';
import { planFixtureText } from './measure.ts';

const gold = JSON.parse(
  readFileSync('tests/fixtures/plans/district-targets-gold.json', 'utf8'),
) as DistrictGold;
const read = (plan: string) => extract(planFixtureText(readFileSync(plan, 'utf8')), '').facts.districtTargets;
const at = { quote: '原文', start: 0, end: 1, name: '原文' };

describe('district targets against the hand-checked list', () => {
  it('scores a target read where the list has none against precision, and one the list has and not read as missed', () => {
    const s = scoreDistrict(
      'x',
      [{ ...at, year: 2025, output: 1, valueAdded: null }],
      [{ year: 2030, output: 2, valueAdded: null }],
    );
    expect([s.right, s.extracted, s.found, s.total]).toEqual([0, 1, 0, 1]);
  });
  // The development part only: the held-out figures are read by `npm run extract:facts`, never asserted.
  it('reads every district target of the development texts and nothing else', () => {
    const dev = gold.texts.filter((t) => !t.heldOut);
    const s = addScores(dev.map((t) => scoreDistrict(t.plan, read(t.plan), t.targets)));
    expect(s.errors).toEqual([]);
    expect([s.right, s.extracted, s.found, s.total]).toEqual([1, 1, 1, 1]);
  }, 120_000);
});
