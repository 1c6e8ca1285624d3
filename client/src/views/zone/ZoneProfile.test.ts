import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type Zone, ZoneProfile } from './ZoneProfile.tsx';

const zone = (over: Partial<Zone> = {}): Zone => ({
  id: 'region-500241',
  name: '秀山土家族苗族自治县',
  kind: '区县',
  description: null,
  output2025: null,
  valueAdded2025: null,
  targets: [],
  enterpriseCount: 0,
  updatedAt: null,
  stale: false,
  parent: null,
  children: [],
  focusIndustries: [{ id: 'ind-1', name: '医药' }],
  keyFor: [],
  projects: [],
  chainGaps: [],
  gaps: [],
  plans: [],
  soughtLinks: [],
  soughtLinkCount: 0,
  sources: [],
  lastChange: null,
  ...over,
});
const shown = (z: Zone) =>
  renderToStaticMarkup(createElement(ZoneProfile, { z, onOpenZone: () => {}, onChanged: () => {} })).replace(
    /<[^>]+>/g,
    '|',
  );

describe('zone page: key-area industries', () => {
  // Found by the multi-district audit: 专栏重点区域 is Qijiang's gazette's word (its 专栏 tables); on every other
  // district's page the row read “—”.
  it('is left out when no plan names the zone a key area', () => {
    expect(shown(zone())).not.toMatch(/重点区域|专栏/);
  });
  it('says what it means for any plan when one does', () => {
    const html = shown(zone({ keyFor: [{ id: 'ind-al', name: '铝及铝加工' }] }));
    expect(html).toContain('|规划列为重点区域的产业||铝及铝加工|');
    expect(html).not.toContain('专栏');
  });
});

describe('zone page: the district’s own targets', () => {
  it('shows an imported plan’s district targets with the sentence that states them', () => {
    const quote = '到2025年，全县工业总产值达到85亿元，工业增加值达到24亿元。';
    const html = shown(
      zone({
        output2025: 85,
        valueAdded2025: 24,
        targets: [{ year: 2025, output: 85, valueAdded: 24, quote }],
      }),
    );
    expect(html).toContain('|2025 年目标||产值 85 亿元 · 增加值 24 亿元');
    expect(html).toContain(`规划原文：“${quote}”`);
  });
});
