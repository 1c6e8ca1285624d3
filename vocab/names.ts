/**
 * Bidirectional control characters: embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the
 * left-to-right / right-to-left marks (U+200E, U+200F). In a name they make it display as something else
 * (`RTL\u202Egnp.exe` shows as `RTLexe.png`), so every write path that takes a name refuses them.
 */
export const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export const hasBidiControl = (s: string): boolean => BIDI_CONTROLS.test(s);

export const BIDI_REASON =
  'must not contain bidirectional control characters (U+202A–202E, U+2066–2069, U+200E, U+200F)';

/** The same, for the table import's row reports (Chinese, like its other reasons). */
export const BIDI_REASON_ZH =
  '含有双向文本控制字符（U+202A–202E、U+2066–2069、U+200E、U+200F），请删除后重试';

/**
 * Chinese names in the order Chinese readers sort them (pinyin), as `a.localeCompare(b, 'zh-CN')` does — one
 * collator made once: localeCompare with a locale builds one per call, which sorting a long candidate list pays
 * thousands of times.
 */
export const byChineseName: (a: string, b: string) => number = new Intl.Collator('zh-CN').compare;
