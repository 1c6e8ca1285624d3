/**
 * The title proposed for an imported plan, read from its text; the file name only when the text has none. The
 * review shows it in an input the user may edit (the screen), `--json` writes it into the review (the CLI).
 * Found by the multi-district audit: every imported plan was titled by its file name (“2a7f.txt”, “下载 (3)”).
 *
 * In order: a line that is only a quoted title (《…规划》); a plan heading with its period (…规划（2021—2025年）,
 * …“十四五”…规划) within the first HEADING_LINES lines (a gazette prints newspaper items and a notice before
 * it); the first line that is no source or page furniture (来源：…, 发布时间…, a date, a section number), when it
 * reads as a heading (short, not a sentence); a plan heading without a period. Lines are read one at a time.
 */

/** How far into the text a plan heading is looked for (a gazette prints its notice before the plan). */
const HEADING_LINES = 200;
/** A heading longer than this is a sentence or a paragraph. */
const MAX_TITLE = 60;
const MIN_HAN = 4;

const HAN = /\p{Script=Han}/gu;
const PLAN_HEADING = /(规划|規劃|纲要|綱要)(（[^（）]{1,24}）|\([^()]{1,24}\))?$/u;
/** A plan's period in its heading: （2021—2025 年） or 十四五. */
const PERIOD = /[（(]\s*\d{4}\s*[—–\-~至]+\s*\d{4}\s*年?\s*[）)]$|十[一二三四五六七八九]五/u;
/** Source lines and page furniture: where the text was copied from, when, by whom, how often read. */
const FURNITURE =
  /^(来源|來源|发布|發布|发表|時間|时间|日期|作者|编辑|編輯|责任编辑|責任編輯|阅读|閱讀|浏览|瀏覽|点击|點擊|字号|字號|打印|分享|转载|轉載|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/u;
/** A section number opening a line: 一、 （一） 第二章 1. 1、 */
const SECTION =
  /^(第[一二三四五六七八九十百〇零\d]+[章节節篇部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/u;
const SENTENCE_END = /[。；;，,：:！!？?…]$/u;
/**
 * The label a session prints above each of its documents (叶县十六届人大四次会议文件(五)): a series, not the document's
 * title, which the next line gives (政 府 工 作 报 告). Its place names a report of a kind alone (叶县政府工作报告).
 */
const SESSION_LABEL =
  /^(.{1,10}?[省市县縣区區州旗盟])?.{0,16}(?:会议|會議|大会|大會)文件\s*(?:[（(][一二三四五六七八九十\d]+[）)]|之[一二三四五六七八九十\d]+)?$/u;
const REPORT_KIND = /^(?:政府)?工作[报報]告$/u;

/** Spaces between two Han characters go (政 府 工 作 报 告); other runs of space become one. */
function tidy(line: string): string {
  return line
    .trim()
    .replace(/(?<=\p{Script=Han})[ \u3000\t]+(?=\p{Script=Han})/gu, '')
    .replace(/[ \u3000\t]+/g, ' ');
}

const hanCount = (s: string) => s.match(HAN)?.length ?? 0;

function headingLike(line: string): boolean {
  return (
    line.length <= MAX_TITLE &&
    hanCount(line) >= MIN_HAN &&
    !SENTENCE_END.test(line) &&
    !/https?:\/\//i.test(line)
  );
}

/** 《X》 alone on its line (a trailing full stop allowed): X. */
function quotedTitle(line: string): string | null {
  const m = /^《([^《》]+)》[。.]?$/u.exec(line);
  return m?.[1] && headingLike(m[1]) ? m[1] : null;
}

/** The title the text gives itself, or null when it gives none. */
export function titleOfText(text: string): string | null {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < HEADING_LINES && start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = tidy(text.slice(start, end < 0 ? text.length : end));
    if (line) lines.push(line);
    if (end < 0) break;
    start = end + 1;
  }
  for (const line of lines) {
    const q = quotedTitle(line);
    if (q) return q;
  }
  const plans = lines.filter((l) => headingLike(l) && !SECTION.test(l) && PLAN_HEADING.test(l));
  const dated = plans.find((l) => PERIOD.test(l));
  if (dated) return dated;
  const label = lines.find((l) => SESSION_LABEL.test(l));
  const first = lines.find(
    (l) => !FURNITURE.test(l) && !SECTION.test(l) && !SESSION_LABEL.test(l) && hanCount(l) >= MIN_HAN,
  );
  if (first && headingLike(first)) {
    const place = label ? (SESSION_LABEL.exec(label)?.[1] ?? '') : '';
    // A column's tag before a page's heading (【奋斗2025】提速…) is the paper's, not the heading's.
    const own = first
      .replace(/^原[标標][题題][:：]\s*/u, '')
      .replace(/^【[^【】]{1,12}】\s*(?=\p{Script=Han})/u, '');
    return REPORT_KIND.test(own) ? place + own : own;
  }
  return plans[0] ?? (first ? runOnHeading(first) : null);
}

/**
 * A plan heading the copy ran into its first paragraph (a .docx share page drops the line breaks:
 * `铜鼓县“十四五”工业经济发展规划(20212025年)“十四五”时期是…`): the words up to the first 规划/纲要, when they name a
 * period (十四五, or a bracket of years after them), hold no punctuation of a sentence, do not open as a sentence
 * does (根据…规划), and what follows starts anew (not `，` or `的`). The bracket is kept only when it reads as a period.
 */
const RUN_ON = /^([^，。；：、,;:《》\s]{2,40}?(?:规划|規劃|纲要|綱要))(\s*[（(][^（）()]{1,24}[）)])?/u;
const SENTENCE_OPENER = /^(根据|依据|按照|为了?|结合|围绕|实施|贯彻|落实|编制|制定|对照|对标|在|以|是)/u;
const CONTINUES = /^[，,、。；;：:的和及与之》”）)]/u;
function runOnHeading(line: string): string | null {
  const m = RUN_ON.exec(line);
  const heading = m?.[1];
  if (!m || !heading || SENTENCE_OPENER.test(heading) || hanCount(heading) < MIN_HAN) return null;
  const bracket = m[2]?.trim() ?? '';
  if (CONTINUES.test(line.slice(m[0].length))) return null;
  // A bracket of years names the period even when the copy lost its dash (20212025年); it is kept only when whole.
  const whole = PERIOD.test(bracket);
  const years = whole || /^[（(]\s*\d{4}\s*[—–\-~至]*\s*\d{4}\s*年?\s*[）)]$/u.test(bracket);
  if (!years && !/十[一二三四五六七八九]五/u.test(heading)) return null;
  return whole ? heading + bracket : heading;
}

/** The file's name without its extension. */
export const fileTitle = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/** What the review proposes as the plan's title — the text's own, else the file name — and where it was read. */
export function titleProposal(text: string, fileName: string): { title: string; from: 'text' | 'file' } {
  const own = titleOfText(text);
  return own ? { title: own, from: 'text' } : { title: fileTitle(fileName), from: 'file' };
}

export const proposedTitle = (text: string, fileName: string) => titleProposal(text, fileName).title;
