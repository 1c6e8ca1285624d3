// The links the plans of a zone's district name as ones to bring in (SEEKS, written by imports/fact-sought.cypher
// for a plan's import and for the seed): for a district or a zone inside it, its district's; for a city or
// province, those of the districts inside it (fragments/scope-owns-district, as the gap priority counts them).
// By district name, then link name. $zone: a zone id.
MATCH (pd:Zone)-[s:SEEKS]->(p:Product)
WHERE
  // include: scope-owns-district
RETURN p.id AS product, pd {.id, .name} AS district, coalesce(s.sources, []) AS sources
ORDER BY pd.name, pd.id, p.name
