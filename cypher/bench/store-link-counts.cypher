// Benchmark loader: the producer counts of links the load CREATEd, computed by the loader from its own rows
// (bench/data/counts.ts) — the same Product.producerCount and (:LinkCount {link, scope, n}) nodes as
// link-counts/refresh.cypher stores. A created link has no LinkCount yet, so they are created, not merged.
// $rows: lists [link, producers, scopes, counts] (scopes and counts parallel; empty for a link without producers).
UNWIND $rows AS r
MATCH (p:Product {id: r[0]})
SET p.producerCount = r[1]
WITH p, r
UNWIND range(0, size(r[2]) - 1) AS i
CREATE (:LinkCount {link: p.id, scope: r[2][i], n: r[3][i]})
