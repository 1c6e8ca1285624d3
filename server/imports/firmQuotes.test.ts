import { describe, expect, it } from 'vitest';
import { extract } from '../extract/index.ts';
import { factRows } from './facts.ts';
import { importInputSchema, planImport } from './plan.ts';
import { acceptAll } from './review.ts';

// Round 17 (#15): a firm the plan writes two ways (甲乙森 and 甲乙森汽车) is one fact, and both sentences stay
// its sources — through the review and the commit rows. A made-up text.
describe('a merged firm keeps every sentence that names it', () => {
  const text =
    '引导甲乙森汽车、丙丁传动等本地汽摩零部件企业做大做强。以甲乙森、庚辛视讯等行业重点企业为目标，加快补链。';
  const x = extract(text, '某区工业发展规划');

  it('extracts one fact with the later sentence as `also`', () => {
    const firm = x.facts.firms.find((f) => f.name === '甲乙森汽车');
    expect(x.facts.firms.map((f) => f.name)).not.toContain('甲乙森');
    expect(firm?.quote).toContain('引导甲乙森汽车');
    expect(firm?.also?.map((a) => a.quote)).toEqual([expect.stringContaining('以甲乙森、庚辛视讯')]);
  });

  it('carries both through the accept-all review and commits both as sources of the firm', () => {
    const review = acceptAll('某区工业发展规划', text, x, '綦江区');
    const parsed = importInputSchema.parse(review);
    const firm = parsed.firms.find((f) => f.name === '甲乙森汽车');
    expect(firm?.also).toHaveLength(1);
    const plan = planImport(parsed);
    const empty = () => new Map<string, string>();
    const rows = factRows(
      parsed,
      { id: 'd', code: '500110', name: '綦江区' },
      {
        zones: empty(),
        zonesElsewhere: empty(),
        firms: empty(),
        outside: empty(),
        industries: empty(),
        links: empty(),
      },
      plan.cite,
      plan.document.id,
    );
    const row = rows.enterprises.find((e) => e.name === '甲乙森汽车');
    expect(row?.sources).toHaveLength(2);
    const quotes = plan
      .sourceList()
      .filter((s) => row?.sources.includes(s.id))
      .map((s) => s.quote);
    expect(quotes).toEqual([
      expect.stringContaining('引导甲乙森汽车'),
      expect.stringContaining('以甲乙森、庚辛视讯'),
    ]);
  });
});
