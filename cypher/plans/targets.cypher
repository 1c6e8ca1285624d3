// The year-keyed targets of industries or zones ($ids), oldest year first, each with the plan it comes from and
// the sentence that states it (for a seeded 2025 target, the sentence the seed names for it when it names one: the
// targetSource of a district, cypher/regions/district-targets.cypher; none for an industry or a zone).
// Target nodes (imports, cypher/plans/write-targets.cypher), and — for the seeded plan, which stores its 2025
// targets as output2025/valueAdded2025 — one 2025 target read from those properties, of the plan its sources
// quote whose period holds 2025, unless a Target node of 2025 exists.
UNWIND $ids AS id
OPTIONAL MATCH (i:Industry {id: id})
OPTIONAL MATCH (z:Zone {id: id})
WITH id, coalesce(i, z) AS o
WHERE o IS NOT NULL
WITH id, o,
  COLLECT {
    MATCH (o)-[:HAS_TARGET]->(t:Target)
    OPTIONAL MATCH (t)-[:IN_PLAN]->(d:Document)
    OPTIONAL MATCH (s:Source {id: t.source})
    RETURN t {.year, .output, .valueAdded, plan: d.id, quote: s.quote} AS t
  } AS stored
WITH id, o, stored,
  CASE WHEN (o.output2025 IS NOT NULL OR o.valueAdded2025 IS NOT NULL) AND none(t IN stored WHERE t.year = 2025)
    THEN [{year: 2025, output: o.output2025, valueAdded: o.valueAdded2025,
           quote: head(COLLECT { MATCH (q:Source {id: o.targetSource}) RETURN q.quote }),
           plan: head(COLLECT {
             MATCH (s:Source)-[:IN_DOCUMENT]->(d:Document) WHERE s.id IN coalesce(o.sources, [])
             // Of the documents citing the owner, the plan whose period holds 2025 (a later plan may cite it too).
             RETURN d.id ORDER BY CASE WHEN d.periodStart <= 2025 AND 2025 <= d.periodEnd THEN 0 ELSE 1 END, d.id
           })}]
    ELSE [] END AS seeded
UNWIND stored + seeded AS t
WITH id, t ORDER BY t.year, t.plan
RETURN id, collect(t) AS targets
