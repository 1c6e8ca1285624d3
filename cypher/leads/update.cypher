// Sets a lead's facts ($props: null removes a property); $setFirm: replace the firm with $firm (null: none).
// A project the lead made carries its owner's name for the link's reason line.
MATCH (l:Lead {id: $id})
SET l += $props
WITH l
CALL (l) {
  WITH l WHERE $setFirm
  OPTIONAL MATCH (l)-[old:WITH_FIRM]->(:Enterprise)
  DELETE old
  WITH DISTINCT l
  MATCH (e:Enterprise {id: $firm})
  CREATE (l)-[:WITH_FIRM]->(e)
}
CALL (l) {
  MATCH (l)-[:BECAME]->(pr:Project)
  SET pr.leadOwner = l.owner
}
RETURN l.id AS id
