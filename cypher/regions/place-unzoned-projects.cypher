// A project a plan states without placing it in a zone is in the plan's region (its district, or the city or
// province whose plan it is), as a plan import places it (server/imports/facts.ts): that region's scope, and every
// region above it, counts it for the links it builds. Without this, the seeded plan's unzoned projects counted only
// in the unscoped view, so 綦江区 picked in the scope picker showed other statuses than the unscoped 綦江区 view.
// The edge cites the project's sentence in that plan (its first Source of a plan with FOR_DISTRICT).
// $document: one plan's id (the seed), or null: every plan (the start-up migration of a database seeded before).
// Returns how many projects were placed (0 when every project has a zone: nothing is written).
MATCH (pr:Project)
WHERE NOT EXISTS { (pr)-[:IN_ZONE]->(:Zone) }
CALL (pr) {
  UNWIND coalesce(pr.sources, []) AS sid
  MATCH (:Source {id: sid})-[:IN_DOCUMENT]->(doc:Document)-[:FOR_DISTRICT]->(d:Zone)
  WHERE $document IS NULL OR doc.id = $document
  RETURN sid, d
  LIMIT 1
}
MERGE (pr)-[r:IN_ZONE]->(d)
ON CREATE SET r.source = sid, r.sources = [sid]
RETURN count(pr) AS placed
