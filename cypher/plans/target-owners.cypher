// The industries of the plans of districts $districts and the zones inside them: whose targets a plan comparison
// compares (their targets come from cypher/plans/targets.cypher).
UNWIND $districts AS districtId
MATCH (d:Zone {id: districtId})
CALL (d) {
  MATCH (i:Industry)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(d)
  RETURN DISTINCT i.id AS id, i.name AS name, 'INDUSTRY' AS kind
  UNION
  MATCH (z:Zone)-[:PART_OF*0..]->(d)
  RETURN DISTINCT z.id AS id, z.name AS name, 'ZONE' AS kind
}
RETURN DISTINCT id, name, kind
ORDER BY kind, id
