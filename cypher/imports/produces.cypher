// A plan's firm–product facts. A fact a later plan states again keeps the first plan's quote in `source` and
// gains the new one in `sources` (every plan's quote, in the order the plans were imported), so each plan's view
// still shows its own quote (fragments/link-evidence, scoped-producers). Re-committing the same plan changes
// nothing.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (p:Product {id: row.product})
MERGE (e)-[r:PRODUCES]->(p)
ON CREATE SET r.source = row.source
WITH r, row, coalesce(r.sources, CASE WHEN r.source IS NULL THEN [] ELSE [r.source] END) AS had
SET r.sources = had + CASE WHEN row.source IN had THEN [] ELSE [row.source] END
