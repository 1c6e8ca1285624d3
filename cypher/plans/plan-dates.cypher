// For a fact's age and staleness ($ids: chains, zones, enterprises, projects), one row per id citing any plan:
// the period ends of the plans it cites, and the dates of those plans — issued, or imported when the text gave
// none — so that a fact of one district's plan is not dated by another district's gazette. A region (区县/市/省),
// which cites no sentence, is as old as the plans written for it or for a region holding it (江阳区 without a plan
// of its own: 泸州市's, whose chains its page shows).
UNWIND $ids AS id
OPTIONAL MATCH (c:Chain {id: id})
OPTIONAL MATCH (z:Zone {id: id})
OPTIONAL MATCH (e:Enterprise {id: id})
OPTIONAL MATCH (p:Project {id: id})
WITH id, coalesce(c, z, e, p) AS n
WHERE n IS NOT NULL
WITH id, COLLECT {
  MATCH (s:Source)-[:IN_DOCUMENT]->(d:Document)
  WHERE s.id IN coalesce(n.sources, [])
  RETURN d
  UNION
  MATCH (d:Document)-[:FOR_DISTRICT]->(n)
  RETURN d
  UNION
  MATCH (n)-[:PART_OF*1..]->(r:Zone)<-[:FOR_DISTRICT]-(d:Document)
  WHERE n:Zone AND n.kind IN ['区县', '市', '省']
  RETURN d
} AS docs
WHERE size(docs) > 0
RETURN id,
  [d IN docs WHERE d.periodEnd IS NOT NULL | d.periodEnd] AS ends,
  [d IN docs WHERE coalesce(d.issued, d.importedAt) IS NOT NULL |
    coalesce(toString(d.issued), toString(date(d.importedAt)))] AS dates
