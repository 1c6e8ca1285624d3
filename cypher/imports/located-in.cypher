// A plan's LOCATED_IN facts: merged; `source` keeps the first plan's sentence, `sources` every plan's (in commit order),
// so withdrawing one plan (server/imports/withdraw.ts) leaves the others' quotes. Re-committing changes nothing.
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.enterprise}), (b:Zone {id: row.zone})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.source = coalesce(r.source, row.source)
WITH r, row, coalesce(r.sources, CASE WHEN r.source IS NULL OR r.source = row.source THEN [] ELSE [r.source] END) AS had
SET r.sources = had + CASE WHEN row.source IN had THEN [] ELSE [row.source] END
