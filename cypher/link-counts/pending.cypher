// Links whose producer counts were never stored (a database written before they existed, or a link a writer
// created without producers), in id order after $after, at most $limit: the start-up fill (seed/linkCounts.ts)
// counts them batch by batch with link-counts/refresh.
MATCH (p:Product)
WHERE p.id > $after AND p.producerCount IS NULL
WITH p ORDER BY p.id
LIMIT toInteger($limit)
RETURN p.id AS id
