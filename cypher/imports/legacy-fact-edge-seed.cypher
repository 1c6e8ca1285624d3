// A fact edge the seed states whose `source` an old plan commit overwrote: the seed's quote first again and both
// listed, as today's commit writes it (fragments/fact-edge-sources), so withdrawing the plan gives back the seed's
// edge. Only while the edge is still in the old shape and the seed's Source is there. $rows: [{key, seed}].
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.key AND r.sources IS NULL AND r.source <> row.seed
MATCH (:Source {id: row.seed})
SET r.sources = [row.seed, r.source]
SET r.source = row.seed
RETURN count(r) AS fixed
