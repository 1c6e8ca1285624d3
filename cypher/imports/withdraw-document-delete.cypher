// The document goes with its year Targets (HAS_TARGET, IN_PLAN), its Sources and its FOR_DISTRICT / IN_PLAN edges.
MATCH (d:Document {id: $document})
CALL (d) {
  MATCH (t:Target)-[:IN_PLAN]->(d)
  DETACH DELETE t
}
CALL (d) {
  MATCH (s:Source)-[:IN_DOCUMENT]->(d)
  DETACH DELETE s
}
DETACH DELETE d
