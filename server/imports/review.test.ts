import { describe, expect, it } from 'vitest';
import { extract } from '../extract/index.ts';
import { importInputSchema } from './plan.ts';
import { acceptAll } from './review.ts';

// A project's status in the review (#15): what `npm run import -- --json` writes and the commit accepts.

const TEXT = '甲乙公司年产5万吨铝板项目已建成投产。推动丙丁公司年产3万吨铝箔项目建成投产。';

describe('the accepted review of a plan’s projects', () => {
  it('carries each project’s status with the words that gave it, and none for a goal', () => {
    const review = acceptAll('某区规划', TEXT, extract(TEXT, '某区规划'), '綦江区');
    expect(review.projects?.map((p) => [p.value, p.status, p.statusWords])).toEqual([
      [5, '投产', '已建成投产'],
      [3, null, null],
    ]);
    expect(importInputSchema.safeParse(review).success).toBe(true);
  });

  it('refuses a status outside the list, naming the field', () => {
    const review = acceptAll('某区规划', TEXT, extract(TEXT, '某区规划'), '綦江区');
    const bad = { ...review, projects: review.projects?.map((p) => ({ ...p, status: '完工' })) };
    const res = importInputSchema.safeParse(bad);
    expect(res.error?.issues.map((i) => [i.path.join('.'), i.message])[0]).toEqual([
      'projects.0.status',
      'must be one of 储备 规划 签约 在建 建成 投产 or null',
    ]);
  });
});
