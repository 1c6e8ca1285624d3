import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ImportCommitInput } from '../../vocab/imports.ts';
import { FactError, type ImportInput, importInputSchema, planImport } from './plan.ts';

describe('plan-import input', () => {
  it('is the shared contract the review screen sends (vocab/imports.ts)', () => {
    // Checked by the compiler (npm run typecheck): the zod schema accepts exactly ImportCommitInput.
    expectTypeOf<ImportInput>().toEqualTypeOf<ImportCommitInput>();
    const input: ImportCommitInput = {
      title: '规划',
      text: '甲—乙',
      chains: [
        { name: '甲乙产业链', expression: '甲—乙', stages: [['甲'], ['乙']], quote: '甲—乙', start: 0 },
      ],
    };
    expect(importInputSchema.parse(input)).toMatchObject({
      skipped: 0,
      chains: [{ section: '', mapTo: {} }],
    });
  });

  it('refuses a chain of one stage, naming why', () => {
    const res = importInputSchema.safeParse({
      title: '规划',
      text: '甲',
      chains: [{ name: '甲', expression: '甲', stages: [['甲']], quote: '甲', start: 0 }],
    });
    expect(res.success).toBe(false);
    expect(res.error?.issues[0]?.message).toBe('needs at least two stages');
  });
});

describe('a chain the reviewer entered', () => {
  const text = '以电解铝为基础，发展铝合金。另行建设物流园区。';
  const chain = (quote: string) => ({
    name: '铝链',
    expression: '电解铝—铝合金',
    stages: [['电解铝'], ['铝合金']],
    quote,
    start: Math.max(0, text.indexOf(quote)),
    entered: true,
  });
  const rows = (quote: string) =>
    planImport(importInputSchema.parse({ title: '规划', text, chains: [chain(quote)] }));

  it('is written with the flag, citing its sentence', () => {
    const r = rows('以电解铝为基础，发展铝合金。');
    expect(r.chains.map((c) => [c.entered, c.expression])).toEqual([[true, '电解铝—铝合金']]);
    expect(r.sourceList().some((s) => s.quote === '以电解铝为基础，发展铝合金。')).toBe(true);
  });

  it('is refused when its sentence names none of its links, or is not in the plan, naming the field', () => {
    for (const quote of ['另行建设物流园区。', '发展铝合金、铝型材。']) {
      let error: unknown;
      try {
        rows(quote);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FactError);
      expect((error as FactError).field).toBe('chains.0.quote');
    }
    // A plan in traditional script: links typed in simplified script are named by its sentence too.
    const tw = '發展天然氣精細化工產業。';
    const typed = { ...chain(tw), stages: [['天然气'], ['精细化工']], start: 0 };
    expect(
      planImport(importInputSchema.parse({ title: '規劃', text: tw, chains: [typed] })).chains,
    ).toHaveLength(1);
    // Extracted chains are the plan's own writing: no such check (their quote is their sentence by construction).
    const extracted = { ...chain('另行建设物流园区。'), entered: false };
    expect(
      planImport(importInputSchema.parse({ title: '规划', text, chains: [extracted] })).chains,
    ).toHaveLength(1);
  });
});

describe('a chain the plan names in a list, entered by the reviewer', () => {
  it('may cite the list: its sentence names the chain, though none of the links typed', () => {
    const text = '调整后的10条产业链是:白酒、能源、电子信息。';
    const entered = (name: string) => ({
      name,
      expression: '页岩气—天然气发电',
      stages: [['页岩气'], ['天然气发电']],
      quote: text,
      start: 0,
      entered: true,
    });
    const commit = (name: string) =>
      planImport(importInputSchema.parse({ title: '规划', text, chains: [entered(name)] })).chains;
    expect(commit('能源').map((c) => c.name)).toEqual(['能源']);
    expect(commit('能源产业链')).toHaveLength(1);
    // A name the sentence does not state is no reason to cite it.
    expect(() => commit('页岩气利用')).toThrow(FactError);
  });
});

describe('a chain of a plan in traditional script', () => {
  it('is stored with its links in simplified script, quote and expression as written', () => {
    const text = '形成第一條“煤—電—鋁—化—材”循環經濟產業鏈。';
    const quote = text;
    const r = planImport(
      importInputSchema.parse({
        title: '興縣',
        text,
        chains: [
          {
            name: '煤—材产业链',
            expression: '煤—電—鋁—化—材',
            stages: [['煤'], ['電'], ['鋁'], ['化'], ['材']],
            quote,
            start: 0,
            mapTo: { 鋁: 'p-existing-aluminium' },
          },
        ],
      }),
    );
    expect(r.products.map((p) => [p.id, p.name])).toEqual([
      ['p-煤', '煤'],
      ['p-电', '电'],
      ['p-existing-aluminium', '铝'],
      ['p-化', '化'],
      ['p-材', '材'],
    ]);
    expect(r.chains.map((c) => c.expression)).toEqual(['煤—電—鋁—化—材']);
    expect(r.sourceList().map((s) => s.quote)).toContain(quote);
  });
});

describe('whole-plan input', () => {
  const zone = { name: '甲组团', kind: '组团', quote: '甲组团', start: 0 };
  it('needs the district for facts besides chains, and at least one chain or fact', () => {
    const noDistrict = importInputSchema.safeParse({
      title: '规划',
      text: '甲组团',
      chains: [],
      zones: [zone],
    });
    expect(noDistrict.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['district', 'facts other than chains need the district the plan belongs to'],
    ]);
    const empty = importInputSchema.safeParse({ title: '规划', text: '甲', chains: [], district: '綦江区' });
    expect(empty.error?.issues[0]?.message).toBe('accept at least one chain or fact');
    expect(
      importInputSchema.parse({
        title: '规划',
        text: '甲组团',
        chains: [],
        zones: [zone],
        district: '綦江区',
      }),
    ).toMatchObject({ zones: [zone], firms: [], projects: [], skippedFacts: {} });
  });
});

describe('a chain the plan states twice', () => {
  it('is one chain citing both sentences (旺苍: “煤-焦-化” in 基本情况 and in 产业布局), counted once', () => {
    const text = '形成“煤-焦-化”产业链。\n煤资源综合利用功能区形成“煤-焦-化”产业链。';
    const chain = (quote: string, section: string) => ({
      name: '煤—化产业链',
      expression: '煤-焦-化',
      stages: [['煤'], ['焦'], ['化']],
      quote,
      start: text.indexOf(quote),
      section,
    });
    const rows = planImport(
      importInputSchema.parse({
        title: '旺苍',
        text,
        chains: [
          chain('形成“煤-焦-化”产业链。', '一、基本情况'),
          chain('煤资源综合利用功能区形成“煤-焦-化”产业链。', '二、产业布局'),
        ],
      }),
    );
    expect(rows.chains).toHaveLength(1);
    expect(rows.chains[0]?.sources).toHaveLength(2);
    expect(rows.hasLink.map((h) => h.product)).toEqual(['p-煤', 'p-焦', 'p-化']);
  });
});

describe('a fact in a sentence a chain cites', () => {
  it('cites the same source, with the section, not a second one without it', () => {
    const text = '二、产业布局\n煤资源综合利用功能区以2×60万吨焦化项目为龙头,形成“煤-焦-化”产业链。';
    const quote = '煤资源综合利用功能区以2×60万吨焦化项目为龙头,形成“煤-焦-化”产业链。';
    const rows = planImport(
      importInputSchema.parse({
        title: '旺苍',
        text,
        chains: [
          {
            name: '煤—化产业链',
            expression: '煤-焦-化',
            stages: [['煤'], ['焦'], ['化']],
            quote,
            start: text.indexOf(quote),
            section: '二、产业布局',
          },
        ],
      }),
    );
    const chainSource = rows.chains[0]?.sources[0];
    expect(rows.cite('', quote, text.indexOf(quote))).toBe(chainSource);
    expect(rows.sourceList().filter((s) => s.quote === quote)).toHaveLength(1);
    // A sentence no chain cites keeps its own source.
    expect(rows.cite('', '二、产业布局', 0)).not.toBe(chainSource);
  });
});

describe('chains under no industry of the plan', () => {
  // Found by the multi-district audit: they were grouped under “导入：<plan title>” (the file name), the tool's word.
  const input = (title: string) =>
    importInputSchema.parse({
      title,
      text: '形成“煤-焦-化”产业链。',
      chains: [
        {
          name: '煤—化产业链',
          expression: '煤-焦-化',
          stages: [['煤'], ['焦'], ['化']],
          quote: '形成“煤-焦-化”产业链。',
          start: 0,
        },
      ],
    });
  it('are grouped as 未归类产业链 of their district, one group per district', () => {
    const a = planImport(input('旺苍经开区简介'), '510821', () => undefined, '旺苍县');
    const b = planImport(input('秀山工业'), '500241', () => undefined, '秀山土家族苗族自治县');
    expect(a.industry.name).toBe('未归类产业链（旺苍县）');
    expect(a.chains[0]?.industry).toBe(a.industry.id);
    expect(b.industry.name).toBe('未归类产业链（秀山土家族苗族自治县）');
    expect(a.industry.id).not.toBe(b.industry.id);
    // Two plans of one district: one group.
    expect(planImport(input('旺苍十五五'), '510821', () => undefined, '旺苍县').industry.id).toBe(
      a.industry.id,
    );
  });
  it('without a district, are named by the plan’s title', () => {
    expect(planImport(input('某规划')).industry.name).toBe('未归类产业链（某规划）');
  });
});
