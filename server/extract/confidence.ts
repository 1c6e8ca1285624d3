/**
 * How sure the extractor is of a chain, with the features that decided it (shown to the reviewer, in Chinese).
 * A plain additive score: quotation marks, a chain word around it and three or more stages raise it; two unquoted
 * stages, mixed separators, a first stage cut by part of speech, long or one-character links lower it.
 */

export interface ChainFeatures {
  stages: string[][];
  quoted: boolean;
  /** Dash styles of the separators (dashes.ts dashStyleOf). */
  styles: string[];
  /** Whether words before the first link were removed by part of speech rather than by the verb list. */
  preambleCut: boolean;
  /** 产业链 / 产品链 / 一体化 … right after the chain. */
  chainWordAfter: boolean;
  /** 构建 / 打造 / 延伸 / 形成 / 包括 … right before the chain. */
  chainVerbBefore: boolean;
}

export interface Confidence {
  confidence: number;
  reasons: string[];
}

export function score(f: ChainFeatures): Confidence {
  const reasons: string[] = [];
  let x = 0.55;
  const add = (delta: number, why: string) => {
    x += delta;
    reasons.push(why);
  };
  const links = f.stages.flat();
  if (f.quoted) add(0.15, '写在引号内');
  if (f.chainWordAfter) add(0.15, '后接“产业链/产品链/一体化”等词');
  if (f.chainVerbBefore) add(0.05, '前有“构建/打造/延伸/形成”等词');
  if (f.stages.length >= 3) add(0.1, `${f.stages.length} 个环节`);
  else if (!f.quoted) add(-0.15, '只有两个环节，且不在引号内');
  if (new Set(f.styles).size > 1) add(-0.1, '分隔符不一致');
  if (f.styles.includes('ascii')) add(-0.05, '用 ASCII 连字符分隔');
  if (f.preambleCut) add(-0.1, '首环节前的文字按词性删去，请核对首环节');
  if (links.some((l) => l.length > 12)) add(-0.1, '有环节名称超过 12 个字');
  if (links.some((l) => l.length === 1)) add(-0.05, '含单字环节');
  return { confidence: Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100, reasons };
}
