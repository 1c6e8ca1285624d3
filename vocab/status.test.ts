import { describe, expect, it } from 'vitest';
import { countKey, countStatuses, isGap, isLinkStatus, LINK_STATUSES, STATUS } from './status.ts';

const COLOUR = /^#[0-9a-f]{6}$/;

describe('link statuses', () => {
  it('gives every status a label, a meaning and the colours of a map node and a count chip', () => {
    for (const s of LINK_STATUSES) {
      const look = STATUS[s];
      expect(look.label).toMatch(/链$/);
      expect(look.help.length).toBeGreaterThan(4);
      for (const c of [look.fill, look.border, look.text, look.chipFill, look.chipText])
        expect(c).toMatch(COLOUR);
      expect(look.text).not.toBe(look.fill);
      expect(look.chipText).not.toBe(look.chipFill);
    }
    expect(Object.keys(STATUS).sort()).toEqual([...LINK_STATUSES].sort());
  });

  it('uses distinct labels and fills, so the legend tells statuses apart', () => {
    const labels = new Set(LINK_STATUSES.map((s) => STATUS[s].label));
    const looks = new Set(LINK_STATUSES.map((s) => `${STATUS[s].fill}/${STATUS[s].borderStyle}`));
    expect(labels.size).toBe(LINK_STATUSES.length);
    expect(looks.size).toBe(LINK_STATUSES.length);
  });

  it('draws a missing link as a hole: white fill, dashed outline', () => {
    expect(STATUS.MISSING.fill).toBe('#ffffff');
    expect(STATUS.MISSING.borderStyle).toBe('dashed');
  });

  it('calls exactly the weak and missing links gaps', () => {
    expect(LINK_STATUSES.filter(isGap)).toEqual(['WEAK', 'MISSING']);
  });

  it('recognises its own values only', () => {
    expect(LINK_STATUSES.every(isLinkStatus)).toBe(true);
    expect(isLinkStatus('strong')).toBe(false);
    expect(isLinkStatus(undefined)).toBe(false);
  });

  it('counts statuses by their lower-case field, with a total', () => {
    expect(countStatuses(['STRONG', 'WEAK', 'WEAK', 'MISSING'])).toMatchObject({
      strong: 1,
      weak: 2,
      missing: 1,
      total: 4,
    });
    const none = countStatuses([]);
    expect(none.total).toBe(0);
    for (const s of LINK_STATUSES) expect(none[countKey(s)]).toBe(0);
  });

  it('writes badge and chip text at WCAG AA contrast (4.5:1) on its fill', () => {
    // WCAG 2.x relative luminance of an sRGB colour, and the contrast ratio of two.
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    for (const s of LINK_STATUSES) {
      expect(contrast(STATUS[s].text, STATUS[s].fill), `${s} badge`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(STATUS[s].chipText, STATUS[s].chipFill), `${s} chip`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
