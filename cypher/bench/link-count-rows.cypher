// bench/link-counts.ts: every stored producer count as one line, `link scope=n` (scope `*`: Product.producerCount),
// for a fingerprint that says whether two ways of counting stored exactly the same.
CALL () {
  MATCH (p:Product)
  WHERE p.producerCount IS NOT NULL
  RETURN p.id + ' *=' + toString(p.producerCount) AS line
  UNION ALL
  MATCH (k:LinkCount)
  RETURN k.link + ' ' + k.scope + '=' + toString(k.n) AS line
}
RETURN line
