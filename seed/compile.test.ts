import { describe, expect, it } from 'vitest';
import { compileSeed, parseWith, productId, type SeedInput } from './compile.ts';
import { SeedError } from './errors.ts';
import { type IndustryFile, industryFileSchema } from './schema.ts';

const TEXT =
  '推动“原铝—铝液—铝锭”打造，\n大力发展“废铝—再生铝—铝锭—热锻、冷轧、压铸件”。依托旗能电铝，北渡组团产值 420 亿元。聚焦南山铝业。';
const src = (quote: string) => ({ section: '测试', quote });

function industry(over: Partial<IndustryFile> = {}): IndustryFile {
  return {
    industry: { id: 'ind-test', name: '新材料', position: 2, output2025: 500, source: src('大力发展') },
    chains: [
      {
        id: 'chain-a',
        name: '铝',
        expression: '原铝—铝液—铝锭',
        stages: [['原铝'], ['铝液'], ['铝锭']],
        source: src('原铝—铝液—铝锭'),
      },
      {
        id: 'chain-b',
        name: '再生铝',
        expression: '废铝—再生铝—铝锭—热锻、冷轧、压铸件',
        stages: [['废铝'], ['再生铝'], ['铝锭'], ['热锻件', '冷轧件', '压铸件']],
        source: src('废铝—再生铝—铝锭—热锻、冷轧、压铸件'),
      },
    ],
    enterprises: [
      {
        id: 'ent-qineng',
        name: '旗能电铝',
        local: true,
        source: src('依托旗能电铝'),
        zone: { zone: 'zone-beidu', source: src('北渡组团') },
        produces: [{ product: '原铝', source: src('依托旗能电铝') }],
      },
      {
        id: 'ent-nanshan',
        name: '南山铝业',
        local: false,
        source: src('南山铝业'),
        targetFor: [{ product: '再生铝', chain: 'chain-b', source: src('聚焦南山铝业') }],
      },
    ],
    projects: [],
    ...over,
  };
}

function input(ind: IndustryFile = industry()): SeedInput {
  return {
    document: { id: 'doc', title: 't', file: 'x.txt', text: TEXT },
    zones: {
      file: 'zones.json',
      zones: [
        { id: 'zone-beidu', name: '北渡组团', kind: '组团', output2025: 420, source: src('北渡组团产值') },
      ],
    },
    indicators: {
      file: 'indicators.json',
      indicators: [
        {
          id: 'kpi-a',
          name: '产值',
          unit: '亿元',
          baseline2020: null,
          target2025: '420',
          kind: '预期性',
          source: src('产值 420'),
        },
      ],
    },
    industries: [{ file: 'industries/test.json', data: ind }],
  };
}

function seedError(fn: () => unknown): SeedError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SeedError) return e;
    throw e;
  }
  throw new Error('expected a SeedError');
}

describe('compileSeed', () => {
  it('makes one product per distinct link, shared across chains', () => {
    const g = compileSeed(input());
    expect(g.products.filter((p) => p.name === '铝锭')).toHaveLength(1);
    const feedersOfIngot = g.feeds.filter((f) => f.to === productId('铝锭')).map((f) => f.from);
    expect(feedersOfIngot.sort()).toEqual([productId('再生铝'), productId('铝液')].sort());
  });

  it('links every link of a stage to every link of the next', () => {
    const g = compileSeed(input());
    const fromIngot = g.feeds.filter((f) => f.from === productId('铝锭')).map((f) => f.to);
    expect(fromIngot.sort()).toEqual(['p-冷轧件', 'p-压铸件', 'p-热锻件'].sort());
    expect(g.hasLink.find((l) => l.chain === 'chain-b' && l.product === 'p-压铸件')?.stage).toBe(3);
  });

  it('matches quotes across line breaks and records where they are', () => {
    const g = compileSeed(input());
    const s = g.sources.find((x) => x.quote === '废铝—再生铝—铝锭—热锻、冷轧、压铸件');
    expect(s?.line).toBe(2);
  });

  it('creates TARGET_FOR to both the link and the chain when both are named', () => {
    const g = compileSeed(input());
    expect(g.targetFor.map((t) => [t.kind, t.target])).toEqual([
      ['Product', 'p-再生铝'],
      ['Chain', 'chain-b'],
    ]);
  });

  it('rejects a quote that is not in the source, naming file, entry and field', () => {
    const bad = industry();
    const first = bad.chains[0];
    if (first) first.source = src('不在原文中的话');
    const e = seedError(() => compileSeed(input(bad)));
    expect(e.message).toBe(
      'industries/test.json: chains[0] (chain-a): field "source.quote": quote not found in x.txt: "不在原文中的话"',
    );
  });

  it('gives the district its own 2025 targets with their quote; a quote not in the text names the field', () => {
    const base = input();
    const withTargets = (quote: string): SeedInput => ({
      ...base,
      zones: {
        ...base.zones,
        district: '重庆市綦江区',
        districtTargets: { output2025: 420, source: src(quote) },
      },
    });
    const g = compileSeed(withTargets('北渡组团产值 420 亿元'));
    const targets = g.region?.targets;
    expect(targets).toMatchObject({ output2025: 420, valueAdded2025: null });
    expect(g.sources.find((s) => s.id === targets?.source)?.quote).toBe('北渡组团产值 420 亿元');
    expect(compileSeed(input()).region).toBeNull();
    const e = seedError(() => compileSeed(withTargets('全区产值 1000 亿元')));
    expect(e.message).toBe(
      'zones.json: districtTargets: field "source.quote": quote not found in x.txt: "全区产值 1000 亿元"',
    );
  });

  it('gives the district the links the plan names as ones to bring in, one row per link with each sentence', () => {
    const base = input(
      industry({
        sought: [
          { link: '再生铝', source: src('大力发展“废铝—再生铝') },
          { link: '再生铝', source: src('聚焦南山铝业') },
        ],
      }),
    );
    const withDistrict: SeedInput = { ...base, zones: { ...base.zones, district: '重庆市綦江区' } };
    const sought = compileSeed(withDistrict).region?.sought;
    expect(sought).toHaveLength(1);
    expect(sought?.[0]?.product).toBe(productId('再生铝'));
    expect(sought?.[0]?.sources).toHaveLength(2);
    // Without the district there is nobody to seek it: the file and entry are named.
    expect(seedError(() => compileSeed(base)).message).toMatch(
      /^industries\/test\.json: sought\[0\]: field "link": .*district/,
    );
    const unknown = input(industry({ sought: [{ link: '氧化铝', source: src('聚焦南山铝业') }] }));
    const e = seedError(() =>
      compileSeed({ ...unknown, zones: { ...unknown.zones, district: '重庆市綦江区' } }),
    );
    expect(e.message).toContain('sought[0] (氧化铝)');
    expect(e.message).toContain('unknown product "氧化铝"');
  });

  it('rejects references to unknown zones, products and enterprises', () => {
    const ind = industry();
    const ent = ind.enterprises[0];
    if (ent) ent.produces = [{ product: '铜箔', source: src('依托旗能电铝') }];
    expect(seedError(() => compileSeed(input(ind))).field).toBe('produces[0].product');
    const ind2 = industry({
      projects: [
        { id: 'proj-a', name: '项目', kind: '产业化项目', zone: 'zone-nowhere', source: src('北渡组团') },
      ],
    });
    expect(seedError(() => compileSeed(input(ind2))).message).toContain('unknown zone "zone-nowhere"');
  });

  it('rejects duplicate ids across files', () => {
    const ind = industry();
    const second = ind.chains[1];
    if (second) second.id = 'chain-a';
    expect(seedError(() => compileSeed(input(ind))).message).toContain('duplicate id "chain-a"');
  });

  it('validates the file shape with the entry and field in the message', () => {
    const raw = JSON.parse(JSON.stringify(industry()));
    raw.enterprises[1].local = 'no';
    const e = seedError(() => parseWith(industryFileSchema, raw, 'industries/test.json'));
    expect(e.entry).toBe('enterprises[1] (ent-nanshan)');
    expect(e.field).toBe('enterprises[1].local');
  });
});
