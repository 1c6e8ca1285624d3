/**
 * Two reviewed 綦江 plans written for the withdrawal tests (made up, as their titles say), built without the
 * extractor so every kind of fact is there: a chain on a seeded link, zones (a seeded one with a new target, a new
 * one under it), firms (a seeded one, a new one, one placed in no zone), an investment target, a project, a sought
 * link, the district's and an industry's 2025 targets. The second plan shares names with the first and the seed.
 */
import type { ImportCommitInput } from '../vocab/imports.ts';

/** A review of `sentences` (one per line): each fact quotes its sentence `at(i)`. */
function reviewOf(title: string, sentences: string[]) {
  const text = [title, ...sentences].join('\n');
  const at = (i: number) => {
    const quote = sentences[i] as string;
    return { quote, start: text.indexOf(quote) };
  };
  return { text, at };
}

export const PLAN_A_TITLE = '綦江区铝材补链方案（测试用，虚构）';

export function planA(): ImportCommitInput {
  const { text, at } = reviewOf(PLAN_A_TITLE, [
    '打造铝锭—再生铝合金—铝制汽车零部件产业链。',
    '北渡组团重点发展铝材，到2025年产值达到450亿元。',
    '新建綦江铝材产业园，位于北渡组团。',
    '旗能电铝在北渡组团生产铝锭。',
    '重庆渝新铝材有限公司位于綦江铝材产业园，生产再生铝合金。',
    '积极引进忠旺集团，布局铝制汽车零部件。',
    '建设年产10万吨再生铝合金项目，由重庆渝新铝材有限公司在綦江铝材产业园实施。',
    '拟引进铝制汽车零部件项目，补齐铝制汽车零部件环节。',
    '到2025年，全区工业总产值达到1500亿元。',
    '新材料产业到2025年产值达到600亿元。',
    '重庆綦铝科技有限公司生产铝锭。',
  ]);
  return {
    title: PLAN_A_TITLE,
    text,
    district: '綦江区',
    chains: [
      {
        name: '铝锭—再生铝合金—铝制汽车零部件',
        expression: '铝锭—再生铝合金—铝制汽车零部件',
        stages: [['铝锭'], ['再生铝合金'], ['铝制汽车零部件']],
        ...at(0),
      },
    ],
    zones: [
      { name: '北渡组团', kind: '组团', year: 2025, output: 450, ...at(1) },
      { name: '綦江铝材产业园', kind: '园区', parent: '北渡组团', ...at(2) },
    ],
    firms: [
      { name: '旗能电铝', zone: '北渡组团', products: ['铝锭'], ...at(3) },
      { name: '重庆渝新铝材有限公司', zone: '綦江铝材产业园', products: ['再生铝合金'], ...at(4) },
      { name: '重庆綦铝科技有限公司', zone: null, products: ['铝锭'], ...at(10) },
    ],
    targets: [{ name: '忠旺集团', link: '铝制汽车零部件', ...at(5) }],
    projects: [
      {
        name: '年产10万吨再生铝合金项目',
        value: 10,
        unit: '万吨/年',
        product: '再生铝合金',
        link: '再生铝合金',
        zone: '綦江铝材产业园',
        enterprise: '重庆渝新铝材有限公司',
        ...at(6),
      },
    ],
    sought: [{ name: '铝制汽车零部件', ...at(7) }],
    districtTargets: [{ year: 2025, output: 1500, valueAdded: null, ...at(8) }],
    industries: [{ name: '新材料', year: 2025, output: 600, ...at(9) }],
  };
}

export const PLAN_B_TITLE = '綦江区铝材补链方案（修订，测试用，虚构）';

/** Shares the park, the firm, the link, the project (another capacity) and the sought link of plan A. */
export function planB(): ImportCommitInput {
  const { text, at } = reviewOf(PLAN_B_TITLE, [
    '延伸再生铝合金—铝合金轮毂产业链。',
    '綦江铝材产业园到2025年产值达到80亿元。',
    '重庆渝新铝材有限公司扩大再生铝合金产能。',
    '建设年产10万吨再生铝合金项目，产能调整为年产20万吨。',
    '拟引进铝制汽车零部件项目。',
    '新设铝合金轮毂园，位于綦江铝材产业园。',
    '到2025年，全区工业总产值达到1600亿元。',
  ]);
  return {
    title: PLAN_B_TITLE,
    text,
    district: '綦江区',
    chains: [
      {
        name: '再生铝合金—铝合金轮毂',
        expression: '再生铝合金—铝合金轮毂',
        stages: [['再生铝合金'], ['铝合金轮毂']],
        ...at(0),
      },
    ],
    zones: [
      { name: '綦江铝材产业园', kind: '园区', year: 2025, output: 80, ...at(1) },
      { name: '铝合金轮毂园', kind: '园区', parent: '綦江铝材产业园', ...at(5) },
    ],
    firms: [{ name: '重庆渝新铝材有限公司', zone: '綦江铝材产业园', products: ['再生铝合金'], ...at(2) }],
    projects: [
      {
        name: '年产10万吨再生铝合金项目',
        value: 20,
        unit: '万吨/年',
        product: '再生铝合金',
        link: '再生铝合金',
        zone: '綦江铝材产业园',
        ...at(3),
      },
    ],
    sought: [{ name: '铝制汽车零部件', ...at(4) }],
    districtTargets: [{ year: 2025, output: 1600, valueAdded: null, ...at(6) }],
  };
}
