import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Freshness } from './Freshness.tsx';

const text = (html: string) => html.replace(/<[^>]+>/g, '');
const old = { updatedAt: '2023-02-01T00:00:00Z', stale: true, lastChange: null };

describe('Freshness', () => {
  it('follows other text on a line with a separator', () => {
    expect(text(renderToStaticMarkup(createElement(Freshness, { info: old })))).toBe(
      ' · 信息截至 2023-02-01 可能过时',
    );
  });

  it('as a field of its own (the zone page) starts with the date, not a dangling "·"', () => {
    const shown = text(renderToStaticMarkup(createElement(Freshness, { info: old, alone: true })));
    expect(shown).toBe('信息截至 2023-02-01 可能过时');
    const edited = text(
      renderToStaticMarkup(
        createElement(Freshness, {
          info: {
            updatedAt: null,
            stale: false,
            lastChange: { actor: '王招商', at: '2026-11-30T08:00:00Z' },
          },
          alone: true,
        }),
      ),
    );
    expect(edited).toBe('最近由 王招商 于 2026-11-30 修改');
  });

  it('says 未载明 rather than nothing when a field of its own has no date', () => {
    const none = { updatedAt: null, stale: false, lastChange: null };
    expect(text(renderToStaticMarkup(createElement(Freshness, { info: none, alone: true })))).toBe('未载明');
  });
});
