// A plan's BY facts: merged; `source` keeps the first plan's sentence, `sources` every plan's (in commit order),
// so withdrawing one plan (server/imports/withdraw.ts) leaves the others' quotes. Re-committing changes nothing.
UNWIND $rows AS row
MATCH (a:Project {id: row.project}), (b:Enterprise {id: row.enterprise})
MERGE (a)-[r:BY]->(b)
SET r.source = coalesce(r.source, row.source)
WITH r, row, coalesce(r.sources, CASE WHEN r.source IS NULL OR r.source = row.source THEN [] ELSE [r.source] END) AS had
SET r.sources = had + CASE WHEN row.source IN had THEN [] ELSE [row.source] END
