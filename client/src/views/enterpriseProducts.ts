/**
 * The enterprise form's 生产环节 field: names separated by 、，, — those that are links of the district's chains
 * (by name) become the link ids it produces, the rest are kept as its stated products (未入链产品: no link is
 * created, as an enterprise table keeps them). Each name once, in the order typed.
 */
export function splitProducts(
  text: string,
  linkIdByName: ReadonlyMap<string, string>,
): { produces: string[]; stated: string[] } {
  const names = [
    ...new Set(
      text
        .split(/[、，,;；]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return {
    produces: names.flatMap((n) => linkIdByName.get(n) ?? []),
    stated: names.filter((n) => !linkIdByName.has(n)),
  };
}
