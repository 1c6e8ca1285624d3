// For staleness: the period ends of the plans whose sources a fact cites ($ids: chains, zones, enterprises,
// projects), one row per id that has any.
UNWIND $ids AS id
OPTIONAL MATCH (c:Chain {id: id})
OPTIONAL MATCH (z:Zone {id: id})
OPTIONAL MATCH (e:Enterprise {id: id})
OPTIONAL MATCH (p:Project {id: id})
WITH id, coalesce(c, z, e, p) AS n
WHERE n IS NOT NULL AND n.sources IS NOT NULL
RETURN id, COLLECT {
  MATCH (s:Source)-[:IN_DOCUMENT]->(d:Document)
  WHERE s.id IN n.sources AND d.periodEnd IS NOT NULL
  RETURN DISTINCT d.periodEnd
} AS ends
