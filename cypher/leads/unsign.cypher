// A signed lead moved back: the project it made is removed; a project it was only linked to stays, unlinked.
MATCH (l:Lead {id: $id})-[b:BECAME]->(pr:Project)
WITH b, pr, coalesce(pr.leadMade, false) AS made
DELETE b
WITH pr, made
CALL (pr, made) {
  WITH pr WHERE NOT made
  REMOVE pr.fromLead, pr.leadOwner
}
CALL (pr, made) {
  WITH pr WHERE made
  DETACH DELETE pr
}
RETURN count(*) AS undone
