import { describe, expect, it } from 'vitest';
import {
  emptyManualDraft,
  MAX_QUOTE,
  manualChainInput,
  manualProblems,
  sentencesOf,
  shownSentence,
  suggestedIndustry,
  supportingSentences,
} from './manualChain.ts';

// 奉节's page (tests/fixtures/plans/fengjie-eco-industry-2025.txt) states its glasses industry in prose only.
const TEXT =
  '今年,我县将加速产业集链成群。打造西部地区眼镜制造中心,加快眼镜小镇建设,加大镜片、镜架研发制造企业引育力度。' +
  '新开工草堂光伏等重点项目；推动眼镜产业产值达40亿元！';

describe('sentencesOf', () => {
  it('cuts after 。！？； with offsets into the text, leaving out blanks', () => {
    const s = sentencesOf(`${TEXT}   `);
    expect(s.map((x) => x.text)).toEqual([
      '今年,我县将加速产业集链成群。',
      '打造西部地区眼镜制造中心,加快眼镜小镇建设,加大镜片、镜架研发制造企业引育力度。',
      '新开工草堂光伏等重点项目；',
      '推动眼镜产业产值达40亿元！',
    ]);
    for (const x of s) expect(TEXT.slice(x.start, x.end)).toBe(x.text);
  });

  it('never gives a sentence longer than the commit accepts', () => {
    const long = `${'甲乙'.repeat(MAX_QUOTE)}。尾句。`;
    const s = sentencesOf(long);
    expect(Math.max(...s.map((x) => x.text.length))).toBeLessThanOrEqual(MAX_QUOTE);
    expect(s.map((x) => x.text).join('')).toBe(long);
  });
});

describe('supportingSentences', () => {
  const sentences = sentencesOf(TEXT);

  it('puts the sentence naming most links first, then text order; a sentence naming none is no candidate', () => {
    const s = supportingSentences(sentences, ['镜片', '镜架', '眼镜']);
    expect(s.map((x) => [x.text.slice(0, 6), x.hits])).toEqual([
      ['打造西部地区', ['镜片', '镜架', '眼镜']],
      ['推动眼镜产业', ['眼镜']],
    ]);
  });

  it('finds nothing for links the text never names, or for no links', () => {
    expect(supportingSentences(sentences, ['树脂单体', '光学玻璃'])).toEqual([]);
    expect(supportingSentences(sentences, [])).toEqual([]);
  });

  it('keeps at most the limit', () => {
    expect(supportingSentences(sentencesOf('眼镜。'.repeat(9)), ['眼镜'], 5)).toHaveLength(5);
  });
});

describe('a hand-added chain', () => {
  const sentences = sentencesOf(TEXT);
  const links = (line: string) => line.split(/[—、]/);
  const draft = { ...emptyManualDraft(), line: '镜片、镜架—眼镜' };

  it('needs two stages and a chosen sentence that still names one of its links', () => {
    const supporting = supportingSentences(sentences, links(draft.line));
    expect(manualProblems(draft, supporting)).toEqual(['sentence']);
    expect(manualProblems({ ...draft, line: '镜片' }, supporting)).toEqual(['stages', 'sentence']);
    const chosen = { ...draft, sentence: supporting[0]?.start ?? -1 };
    expect(manualProblems(chosen, supporting)).toEqual([]);
    // The links edited to ones that sentence does not name: the choice no longer holds.
    const edited = { ...chosen, line: '光伏—电站' };
    expect(manualProblems(edited, supportingSentences(sentences, links(edited.line)))).toEqual(['sentence']);
    expect(manualChainInput(draft, supporting, new Set())).toBeNull();
  });

  it('commits as an entered chain quoting the sentence where it stands, under an accepted industry only', () => {
    const supporting = supportingSentences(sentences, links(draft.line));
    const first = supporting[0];
    if (!first) throw new Error('no supporting sentence');
    const chain = manualChainInput(
      { ...draft, sentence: first.start, industry: '眼镜' },
      supporting,
      new Set(['眼镜']),
    );
    expect(chain).toEqual({
      name: '镜片—眼镜产业链',
      expression: '镜片、镜架—眼镜',
      stages: [['镜片', '镜架'], ['眼镜']],
      quote: first.text,
      start: first.start,
      entered: true,
      industry: '眼镜',
    });
    expect(TEXT.slice(chain?.start, (chain?.start ?? 0) + (chain?.quote.length ?? 0))).toBe(chain?.quote);
    const named = manualChainInput(
      { ...draft, name: ' 眼镜产业链 ', sentence: first.start, industry: '纺织' },
      supporting,
      new Set(['眼镜']),
    );
    expect(named?.name).toBe('眼镜产业链');
    expect(named).not.toHaveProperty('industry');
  });
});

describe('a plan in traditional script', () => {
  // 開州's page (tests/fixtures/plans/kaizhou-industrial-park-intro.txt), with the reading the server sends
  // (server/extract/text.ts: the document's `reading`, same length, so offsets hold).
  const text = '開縣按照“優化能源產業,發展天然氣精細化工產業”的思路。園區分為白鶴能源建材產業園。';
  const reading = '开县按照“优化能源产业,发展天然气精细化工产业”的思路。园区分为白鹤能源建材产业园。';

  it('finds the sentence for links typed in simplified script, and marks them where the plan writes them', () => {
    const sentences = sentencesOf(text, reading);
    expect(sentences[0]?.reading).toBe('开县按照“优化能源产业,发展天然气精细化工产业”的思路。');
    const s = supportingSentences(sentences, ['天然气', '精细化工']);
    expect(s.map((x) => [x.text.slice(0, 4), x.hits])).toEqual([['開縣按照', ['天然气', '精细化工']]]);
    const first = s[0];
    if (!first) throw new Error('no sentence');
    expect(
      shownSentence(first, first.hits)
        .pieces.filter((p) => p.marked)
        .map((p) => p.text),
    ).toEqual(['天然氣精細化工']);
    // Typed as the plan writes them, they are found without the reading.
    expect(supportingSentences(sentencesOf(text), ['天然氣']).map((x) => x.hits)).toEqual([['天然氣']]);
    expect(supportingSentences(sentencesOf(text), ['天然气'])).toEqual([]);
  });
});

describe('shownSentence', () => {
  it('marks every occurrence, longest words whole, and clips a long sentence around its first mark', () => {
    const plain = shownSentence({ start: 0, end: 9, text: '眼镜片与眼镜，眼镜。' }, ['眼镜', '眼镜片']);
    expect(plain.pieces).toEqual([
      { text: '眼镜片', marked: true },
      { text: '与', marked: false },
      { text: '眼镜', marked: true },
      { text: '，', marked: false },
      { text: '眼镜', marked: true },
      { text: '。', marked: false },
    ]);
    const long = `${'甲'.repeat(200)}眼镜${'乙'.repeat(200)}`;
    const clipped = shownSentence({ start: 0, end: long.length, text: long }, ['眼镜']);
    expect(clipped).toMatchObject({ clippedStart: true, clippedEnd: true });
    expect(clipped.pieces.map((p) => p.text).join('')).toHaveLength(160);
    expect(clipped.pieces[1]).toEqual({ text: '眼镜', marked: true });
    expect(clipped.pieces[0]?.text).toHaveLength(60);
  });
});

describe('suggestedIndustry', () => {
  const industries = ['眼镜产业', '新能源', '纺织'];
  it('proposes the accepted industry most links contain, its class word 产业 dropped', () => {
    expect(
      suggestedIndustry(['眼镜制造', '眼镜交易', '直营店'], '打造西部地区眼镜制造中心。', industries),
    ).toBe('眼镜产业');
  });
  it('else the only one its sentence names', () => {
    expect(suggestedIndustry(['光伏', '储能'], '发展新能源，建设光伏、储能项目。', industries)).toBe(
      '新能源',
    );
  });
  it('proposes none when none is named or two are level (the reviewer chooses)', () => {
    expect(suggestedIndustry(['镜片', '镜架'], '加大镜片、镜架研发制造企业引育力度。', industries)).toBe('');
    expect(suggestedIndustry(['服装'], '眼镜、纺织企业。', industries)).toBe('');
    expect(suggestedIndustry(['眼镜'], '眼镜。', [])).toBe('');
  });
});
