// The links the plans of a zone's district name as ones to bring in (SEEKS, written by imports/fact-sought.cypher
// for a plan's import and for the seed): for a district or a zone inside it, its district's; for a city or
// province, those of the districts inside it (fragments/scope-owns-district, as the gap priority counts them).
// One row per link: the districts asking for it (by name) and every one's sentences. Gaps first — fewer than
// $strongMin local producers in the zone's scope by the stored LinkCount (fragments/link-count), so not STRONG
// (domain/status.ts) — then the links the most districts ask for, then by name (the caller lists the first rows
// only: a province of the national graph holds hundreds). $zone: a zone id; $strongMin: STRONG_MIN_PRODUCERS.
MATCH (pd:Zone)-[s:SEEKS]->(p:Product)
WHERE
  // include: scope-owns-district
WITH p, pd, s ORDER BY pd.name, pd.id
WITH p, collect(pd {.id, .name}) AS districts, collect(coalesce(s.sources, [])) AS quoted
WITH p, districts, quoted, coalesce(head(COLLECT {
  MATCH (k:LinkCount {link: p.id, scope: $zone}) USING INDEX k:LinkCount(link, scope) RETURN k.n
}), 0) AS producers
RETURN p.id AS product, districts, reduce(all = [], q IN quoted | all + q) AS sources
ORDER BY producers >= toInteger($strongMin), size(districts) DESC, p.name, p.id
