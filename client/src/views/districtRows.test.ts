import { describe, expect, it } from 'vitest';
import { districtRows } from './districtRows.ts';

const row = (name: string, inPlan: boolean, strong: number, weak: number) => ({
  district: { id: name, name },
  inPlan,
  counts: { strong, weak, missing: 4 - strong - weak, total: 4 },
});

describe('the rows of a chain’s cross-district table', () => {
  it('shows the districts that plan the chain or hold some of its links, and names the others in one line', () => {
    // Found on 重庆市's overview: under each of 綦江区's chains a row for 秀山 — 未列入规划, every link 缺链.
    const { rows, quiet } = districtRows([
      row('綦江区', true, 1, 1),
      row('秀山土家族苗族自治县', false, 0, 0),
      row('南川区', false, 0, 1),
      row('万盛经开区', true, 0, 0),
      row('武隆区', false, 0, 0),
    ]);
    expect(rows.map((r) => r.district.name)).toEqual(['綦江区', '南川区', '万盛经开区']);
    expect(quiet).toEqual(['秀山土家族苗族自治县', '武隆区']);
  });
});
