// The graph's products as the product lexicon of plan extraction (server/imports/graphLexicon.ts): every
// Product's name (the plans' links and, when loaded, the national pool's products) and every FEEDS as a
// [product, upstream product] pair, and the names of the Products that are links of the graph's chains (a Chain
// HAS_LINK them: the names a plan's sought links may name, facts/sought.ts), in rows of at most $chunk each. Read
// once per graph version (national graph: 95,665 names, 110,140 pairs). One record holding them all held the server's event loop for
// ~0.5 s while the driver decoded it; rows of 1,000 are decoded a few at a time (docs/EXTRACTION.md).
MATCH (p:Product) WHERE p.name IS NOT NULL
WITH collect(p.name) AS xs
UNWIND range(0, size(xs) - 1, $chunk) AS i
RETURN xs[i..i + $chunk] AS names, [] AS pairs, [] AS links
UNION ALL
MATCH (a:Product)-[:FEEDS]->(b:Product) WHERE a.name IS NOT NULL AND b.name IS NOT NULL
WITH collect([b.name, a.name]) AS xs
UNWIND range(0, size(xs) - 1, $chunk) AS i
RETURN [] AS names, xs[i..i + $chunk] AS pairs, [] AS links
UNION ALL
MATCH (:Chain)-[:HAS_LINK]->(p:Product) WHERE p.name IS NOT NULL
WITH collect(DISTINCT p.name) AS xs
UNWIND range(0, size(xs) - 1, $chunk) AS i
RETURN [] AS names, [] AS pairs, xs[i..i + $chunk] AS links
