// The links the plans of a zone's district name as ones to bring in (SEEKS, written by imports/fact-sought.cypher
// for a plan's import and for the seed): for a district or a zone inside it, its district's; for a city or
// province, those of the districts inside it (fragments/scope-owns-district, as the gap priority counts them).
// One row per link: the districts asking for it (by name) and every one's sentences; the links the most districts
// ask for first, then by name (the caller lists the first rows only: a province of the national graph holds hundreds).
// $zone: a zone id.
MATCH (pd:Zone)-[s:SEEKS]->(p:Product)
WHERE
  // include: scope-owns-district
WITH p, pd, s ORDER BY pd.name, pd.id
WITH p, collect(pd {.id, .name}) AS districts, collect(coalesce(s.sources, [])) AS quoted
RETURN p.id AS product, districts, reduce(all = [], q IN quoted | all + q) AS sources
ORDER BY size(districts) DESC, p.name, p.id
