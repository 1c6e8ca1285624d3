/**
 * Where a project stands, when its sentence states it as a fact (已建成投产, 正在加紧建设, 正式签约落户, a list headed
 * 在建项目：). What the plan wants is no status: a phrase after a goal or a future (推动…建成投产, 力争…投产, 将…竣工,
 * 预计…建成) or one that only sets a condition (建成投产后可实现…) gives none. Each status carries the words that
 * decided it, for the review to show. Read on `doc.match` (simplified), the words taken from `doc.text`.
 */
import type { ProjectStatus } from '../../../vocab/project.ts';
import { afterLastOf, type Doc } from '../text.ts';

export interface StatusReading {
  status: ProjectStatus;
  words: string;
}

/** Phrases of standing, the longer before the shorter of one status (已建成投产 before 已建成). */
const PHRASES: [RegExp, ProjectStatus][] = [
  [
    /(?:已(?:经)?)?(?:全面)?(?:建成|竣工)投产|已(?:经)?(?:正式)?投产|(?:正式|点火|新)投产|投入生产|并网发电|投料生产成功/u,
    '投产',
  ],
  [/建成试运行|试运行成功|已(?:经)?建成|竣工项目|集中竣工/u, '建成'],
  [
    /正在(?:进行|实施)[^，,。；;]{0,30}?(?:建设|施工)|正在(?:加紧|加速|抓紧|扎实|有序|加快|进行)?\p{Script=Han}{0,4}?(?:建设|续建|推进|施工)|已(?:经)?(?:全面)?开工|(?:新)?开工建设了|新开工|开工新建|开工的项目|在建项目|陆续开(?:工|建)|已开建|施工现场/u,
    '在建',
  ],
  [/(?:已|成功|正式|集中)签约|签约(?:的)?项目|签约落户/u, '签约'],
  [/储备项目/u, '储备'],
  [/规划建设|规划项目/u, '规划'],
];

/** A goal, a push or a future before the phrase: the plan's aim, not where the project stands. */
const GOAL =
  /推动|推进|加快|加速|力争|确保|争取|计划|拟|将|预计|有望|即将|准备|谋划|促进|抓好|引导|鼓励|支持|做好|目标|要求/u;
/** A condition after the phrase (建成投产后, 竣工后): what will follow, not what is. */
const CONDITION = /^(?:后|後|以后|之后)/u;

/** The first phrase of standing in `match[from, to)` with no goal between `goalFrom` and it. */
function phraseIn(doc: Doc, from: number, to: number, goalFrom: number): StatusReading | null {
  if (to <= from) return null;
  const span = doc.match.slice(from, to);
  let best: { at: number; len: number; status: ProjectStatus } | null = null;
  for (const [re, status] of PHRASES) {
    const m = re.exec(span);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, len: m[0].length, status };
  }
  if (!best) return null;
  const at = from + best.at;
  const end = at + best.len;
  // 规划建设 is the plan's own list of what it will build: the plan's word, no goal test.
  if (best.status !== '规划' && GOAL.test(doc.match.slice(Math.min(goalFrom, at), at))) return null;
  if (CONDITION.test(doc.match.slice(end, end + 2))) return null;
  return { status: best.status, words: doc.text.slice(at, end) };
}

/**
 * The last offset before `to` of one of the characters `chars`, or -1: by the offsets kept per text (afterLastOf). A
 * scan back per project ran to the text's start for a mark the text seldom writes (；, ：) — quadratic on a long plan.
 */
const lastOf = (doc: Doc, chars: string, to: number) => (to <= 0 ? -1 : afterLastOf(doc, chars, to) - 1);
const firstOf = (s: string, re: RegExp, from: number, cap: number) => {
  for (let i = from; i < Math.min(s.length, cap); i++) if (re.test(s[i] ?? '')) return i;
  return Math.min(s.length, cap);
};

/** A heading over the project that names its list (三、在建项目, 签约项目): its status for every item. */
const HEADING = /^[\s\d.、（）()一二三四五六七八九十]*(在建|签约|储备|规划|投产|建成|竣工)项目/u;
const HEADING_STATUS: Record<string, ProjectStatus> = {
  在建: '在建',
  签约: '签约',
  储备: '储备',
  规划: '规划',
  投产: '投产',
  建成: '建成',
  竣工: '建成',
};

/**
 * The status of the project whose capacity is at [start, end): the phrase after it in its clause (…等项目正在加紧建设),
 * else one before it in the clause (新开工建设了…), else the next clause when it carries on (并已陆续开建), else the
 * list it is an item of (在建项目：…, 此次集中签约的项目涵盖…，既有…), else its heading.
 */
export function projectStatus(
  doc: Doc,
  start: number,
  end: number,
  heading: string | undefined,
): StatusReading | null {
  const m = doc.match;
  const sentStart = lastOf(doc, '。！？\n', start) + 1;
  const sentEnd = firstOf(m, /[。！？\n]/u, end, end + 300);
  const segStart = Math.max(sentStart, lastOf(doc, '；;', start) + 1);
  const segEnd = Math.min(sentEnd, firstOf(m, /[；;]/u, end, sentEnd));
  const clauseStart = Math.max(segStart, lastOf(doc, '，,：:', start) + 1);
  const clauseEnd = Math.min(segEnd, firstOf(m, /[，,]/u, end, segEnd));
  const read =
    // From the amount on: a capacity read with a long product may run over the phrase after it.
    phraseIn(doc, start, clauseEnd, clauseStart) ??
    phraseIn(doc, clauseStart, clauseEnd, clauseStart) ??
    (/^[，,]\s*(并|並|已|目前已)/u.test(m.slice(clauseEnd, clauseEnd + 4))
      ? phraseIn(doc, clauseEnd + 1, Math.min(segEnd, firstOf(m, /[，,]/u, clauseEnd + 1, segEnd)), clauseEnd)
      : null);
  if (read) return read;
  // The list the project is an item of: the words before a colon of its sentence, or the sentence's first clause
  // when it names the projects (此次集中签约的项目涵盖…).
  const colon = lastOf(doc, '：:', start);
  if (colon >= sentStart) {
    const from = Math.max(sentStart, lastOf(doc, '，,；;', colon) + 1);
    const listed = phraseIn(doc, from, colon, from);
    if (listed) return listed;
  }
  const first = firstOf(m, /[，,]/u, sentStart, start);
  if (first < clauseStart && /项目/u.test(m.slice(sentStart, first))) {
    const subject = phraseIn(doc, sentStart, first, sentStart);
    if (subject && /项目/u.test(m.slice(sentStart + 0, first))) return subject;
  }
  const h = HEADING.exec(heading ?? '');
  if (h) return { status: HEADING_STATUS[h[1] ?? ''] ?? '在建', words: `${h[1]}项目` };
  return null;
}
