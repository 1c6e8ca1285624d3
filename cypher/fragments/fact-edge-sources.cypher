// A plan's fact edge `r` merged for `row`: `source` keeps the first plan's sentence, `sources` every plan's (in commit
// order; an edge from before the lists began starts with its `source`), so withdrawing one plan
// (server/imports/withdraw.ts) leaves the others' quotes. Re-committing changes nothing. Used by the six
// cypher/imports/ fact edge writers (part-of, located-in, target-for, builds, in-zone, by).
SET r.source = coalesce(r.source, row.source)
WITH r, row, coalesce(r.sources, CASE WHEN r.source IS NULL OR r.source = row.source THEN [] ELSE [r.source] END) AS had
SET r.sources = had + CASE WHEN row.source IN had THEN [] ELSE [row.source] END
