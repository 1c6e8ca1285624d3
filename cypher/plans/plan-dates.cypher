// For a fact's age and staleness ($ids: chains, zones, enterprises, projects), one row per id citing any source:
// the period ends of the plans it cites, and the dates of those plans — issued, or imported when the text gave
// none — so that a fact of one district's plan is not dated by another district's gazette.
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
} AS ends, COLLECT {
  MATCH (s:Source)-[:IN_DOCUMENT]->(d:Document)
  WHERE s.id IN n.sources AND coalesce(d.issued, d.importedAt) IS NOT NULL
  RETURN DISTINCT coalesce(toString(d.issued), toString(date(d.importedAt)))
} AS dates
