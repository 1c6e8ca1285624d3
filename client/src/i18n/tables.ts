/**
 * A stated product (未入链产品) close to a link's name in a table import's report: the officer may have meant the
 * link, and as written the link's gap still says no local firm makes it.
 */
export const unchainedNear = (product: string, links: string) =>
  `（「${product}」与环节「${links}」相近；如指该环节，请在表中改用环节名称后重新导入，否则该环节仍计为无本地企业）`;
