/**
 * A zone the text names only by its district's level word — 芷江侗族自治县's plan writes `县产业开发区`, a district's
 * `区工业园` — is that district's own: committed under a name that starts with the district's full name
 * (`芷江侗族自治县产业开发区`), so a province's list of zones does not show ten parks called 县产业开发区. The quote
 * keeps the text's words. Only a level word the district's own name ends with (县, 区, 市, 旗), and only before a
 * word that opens a zone name (产业, 工业, 经济 …), so 区域物流园 or 县城新区 stay as written.
 */
const LEVELS = new Set(['县', '区', '市', '旗']);
const OPENINGS = /^(?:产业|工业|经济|高新|开发|经开|农业|现代|物流|循环|创新|科技|特色|综合|商贸|电商|食品)/;

export function qualifiedZone(name: string, district: string): string {
  const level = name[0] ?? '';
  if (!LEVELS.has(level) || !district.endsWith(level)) return name;
  return OPENINGS.test(name.slice(1)) ? district + name.slice(1) : name;
}
