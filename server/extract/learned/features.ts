/**
 * A feature vector per chain candidate (decider.ts CandidateView) for the learned decision "chain or look-alike"
 * (docs/EXTRACTION.md, eighteenth chain round). Only what the extractor already reads or can read cheaply: the
 * shape (quotes, separators, stage count, link lengths), the part-of-speech mix of the links (jieba, lexicon.ts),
 * the gazetteer (places.ts), digits, Latin letters and code characters, chain nouns around it, a heading, and the
 * hand rules' own verdict, reason family and confidence. No product lexicon: the chainkg pool is never committed
 * and the tests run without one, so a model must not lean on it.
 */
import { REJECT_REASON as R } from '../../../vocab/extractReasons.ts';
import type { CandidateView } from '../decider.ts';
import { endsWithActivity, tag } from '../lexicon.ts';
import { isArea } from '../places.ts';

/** Families of the hand rules' reasons: one feature each, so that a rare reason shares its family's weight. */
const FAMILIES: Record<string, string[]> = {
  reasonCode: [R.number, R.categoryCode, R.code, R.fragment, R.tree, R.translation],
  reasonCategory: [R.categoryIndustry, R.categoryField, R.abstract, R.circular, R.level],
  reasonSlogan: [R.principle, R.cycle, R.sloganVerbs, R.steps, R.stepCount, R.definition, R.otherChain],
  reasonProse: [
    R.appositive,
    R.copula,
    R.sentence,
    R.explanation,
    R.aside,
    R.prose,
    R.subtitle,
    R.functionWord,
    R.count,
    R.clause,
    R.deliverable,
    R.company,
    R.caption,
    R.byline,
  ],
  reasonPlace: [R.parkName, R.placeCorridor, R.placePair],
  reasonGroup: [R.group, R.causal],
};
const FAMILY_OF = new Map(Object.entries(FAMILIES).flatMap(([f, rs]) => rs.map((r) => [r as string, f])));

/** The features the hand rules give: their verdict, its family and their confidence. */
export const HAND_FEATURES = ['handReject', ...Object.keys(FAMILIES), 'handConfidence'] as const;

/** The features read from the candidate itself. */
export const SHAPE_FEATURES = [
  'quoted',
  'literal',
  'spacedDash',
  'doubledDash',
  'preambleCut',
  'tailCut',
  'inHeading',
  'stages2',
  'stages3',
  'stages4plus',
  'parallelLinks',
  'meanLinkLength',
  'longLink',
  'oneCharLink',
  'allOneChar',
  'arrow',
  'emDash',
  'asciiHyphen',
  'mixedSeparators',
  'nounLinks',
  'verbFirstLinks',
  'numeralLinks',
  'placeTagLinks',
  'personTagLinks',
  'functionWordLinks',
  'adjectiveLinks',
  'gazetteerLinks',
  'digitLinks',
  'latinLinks',
  'codeCharLinks',
  'activityLinks',
  'productEndLinks',
  'repeatedLink',
  'chainNounNear',
  'chainWordAfter',
  'chainVerbBefore',
] as const;

export const FEATURES = [...HAND_FEATURES, ...SHAPE_FEATURES] as const;
export type Feature = (typeof FEATURES)[number];

const PRODUCT_END = '材锭件品料粮剂器机箔板管线气油粉液胶膜丝车铝铜钢';
const CHAIN_NOUN = /产业链|产品链|供应链|价值链|链条|全链|上下游|上游|下游|一体化|产业|环节/;
const CODE_CHARS = /[_=/\\.(){}<>$&|;'"[\]]/;

/** The share of links that satisfy `test` (0 when there are none). */
function share(links: string[], test: (l: string) => boolean): number {
  return links.length === 0 ? 0 : links.filter(test).length / links.length;
}

const tagsOf = (link: string) => tag(link).filter((t) => t.tag !== 'x' || t.word.trim() !== '');

/** The feature values of a candidate, by name (every value in [0, 1]). */
export function featureValues(c: CandidateView): Record<Feature, number> {
  const s = c.shape;
  const links = s.stages.flat();
  const n = s.stages.length;
  const family = c.reason ? FAMILY_OF.get(c.reason) : undefined;
  const tags = links.map(tagsOf);
  const tagShare = (test: (t: string, i: number) => boolean) =>
    tags.length === 0 ? 0 : tags.filter((ts) => ts.some((t, i) => test(t.tag, i))).length / tags.length;
  const b = (x: boolean) => (x ? 1 : 0);
  const hand = Object.fromEntries(Object.keys(FAMILIES).map((f) => [f, b(family === f)]));
  const near = `${s.before.slice(-12)}|${s.next}|${s.after}`;
  return {
    handReject: b(!!c.reason),
    ...(hand as Record<keyof typeof FAMILIES, number>),
    handConfidence: c.scored.confidence,
    quoted: b(s.quoted),
    literal: b(!!s.literal),
    spacedDash: b(!!s.spaced),
    doubledDash: b(!!s.doubled),
    preambleCut: b(!!s.cut),
    tailCut: b(!!s.tail),
    inHeading: b(c.inHeading),
    stages2: b(n === 2),
    stages3: b(n === 3),
    stages4plus: b(n >= 4),
    parallelLinks: b(s.stages.some((st) => st.length > 1)),
    meanLinkLength: Math.min(1, links.reduce((a, l) => a + l.length, 0) / Math.max(1, links.length) / 12),
    longLink: b(links.some((l) => l.length > 12)),
    oneCharLink: b(links.some((l) => l.length === 1)),
    allOneChar: b(links.length > 0 && links.every((l) => l.length === 1)),
    arrow: b(c.styles.includes('arrow')),
    emDash: b(c.styles.some((x) => x === 'em' || x === 'double')),
    asciiHyphen: b(c.styles.includes('ascii')),
    mixedSeparators: b(new Set(c.styles).size > 1),
    nounLinks: share(links, (l) => tagsOf(l).every((t) => /^(n|vn|eng)/.test(t.tag))),
    verbFirstLinks: tagShare((t, i) => i === 0 && t === 'v'),
    numeralLinks: tagShare((t) => t === 'm' || t === 'q'),
    placeTagLinks: tagShare((t) => t === 'ns'),
    personTagLinks: tagShare((t) => t === 'nr'),
    functionWordLinks: tagShare((t) => /^[dcrpu]/.test(t)),
    adjectiveLinks: tagShare((t) => t === 'a'),
    gazetteerLinks: share(links, isArea),
    digitLinks: share(links, (l) => /\d/.test(l)),
    latinLinks: share(links, (l) => /[A-Za-z]/.test(l)),
    codeCharLinks: share(links, (l) => CODE_CHARS.test(l)),
    activityLinks: share(links, endsWithActivity),
    productEndLinks: share(links, (l) => PRODUCT_END.includes(l.slice(-1))),
    repeatedLink: b(new Set(links).size < links.length),
    chainNounNear: b(CHAIN_NOUN.test(near)),
    chainWordAfter: b(c.chainWordAfter),
    chainVerbBefore: b(c.chainVerbBefore),
  };
}

/** The vector of the named features, in that order. */
export function featureVector(c: CandidateView, names: readonly Feature[] = FEATURES): number[] {
  const v = featureValues(c);
  return names.map((f) => v[f] ?? 0);
}
