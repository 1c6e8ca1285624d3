import { compileSeed, type SeedGraph } from '../seed/compile.ts';
import type { EnterpriseEntry, ProjectEntry, ZoneEntry } from '../seed/schema.ts';

/**
 * Builders with overrides for small test graphs. They produce seed entries and go through the production
 * compile and write path, so test graphs obey the same rules as the seed.
 */
const QUOTE = '测试依据';
const src = { section: '测试', quote: QUOTE };

export const buildZone = (over: Partial<ZoneEntry> & { id: string }): ZoneEntry => ({
  name: over.id.replace('zone-', ''),
  kind: '组团',
  source: src,
  ...over,
});

export const buildEnterprise = (
  over: Partial<Omit<EnterpriseEntry, 'zone' | 'produces'>> & {
    id: string;
    zone?: string;
    produces?: string[];
  },
): EnterpriseEntry => {
  const { zone, produces, ...rest } = over;
  return {
    name: over.id.replace('ent-', ''),
    local: true,
    source: src,
    ...(zone ? { zone: { zone, source: src } } : {}),
    ...(produces ? { produces: produces.map((product) => ({ product, source: src })) } : {}),
    ...rest,
  };
};

export const buildProject = (over: Partial<ProjectEntry> & { id: string }): ProjectEntry => ({
  name: over.id.replace('proj-', ''),
  kind: '产业化项目',
  status: '在建',
  source: src,
  ...over,
});

/**
 * A one-chain plan. `district` (a GB/T 2260 name) puts it in a district; `key` makes its document, industry,
 * chain and indicator ids distinct (doc-test-<key>, ind-t-<key>…), so two plans can be written side by side.
 */
export function buildGraph(spec: {
  stages: string[][];
  zones?: ZoneEntry[];
  enterprises?: EnterpriseEntry[];
  projects?: ProjectEntry[];
  district?: string;
  key?: string;
}): SeedGraph {
  const k = spec.key ? `-${spec.key}` : '';
  return compileSeed({
    document: { id: `doc-test${k}`, title: '测试', file: 'test.txt', text: QUOTE },
    zones: {
      file: 'zones.json',
      zones: spec.zones ?? [buildZone({ id: `zone-a${k}` })],
      ...(spec.district ? { district: spec.district } : {}),
    },
    indicators: {
      file: 'indicators.json',
      indicators: [
        {
          id: `kpi-t${k}`,
          name: '指标',
          unit: '%',
          baseline2020: null,
          target2025: '1',
          kind: '预期性',
          source: src,
        },
      ],
    },
    industries: [
      {
        file: 'industries/t.json',
        data: {
          industry: { id: `ind-t${k}`, name: '测试产业', position: 1, source: src },
          chains: [{ id: `chain-t${k}`, name: '测试链', expression: 'x', stages: spec.stages, source: src }],
          enterprises: spec.enterprises ?? [],
          projects: spec.projects ?? [],
        },
      },
    ],
  });
}
