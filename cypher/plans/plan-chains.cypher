// The chains a plan states (their sources quote document $plan), with their links, for the plan comparison.
MATCH (doc:Document {id: $plan})
MATCH (c:Chain)
WHERE EXISTS { MATCH (s:Source)-[:IN_DOCUMENT]->(doc) WHERE s.id IN c.sources }
RETURN c.id AS id, c.name AS name,
  COLLECT { MATCH (c)-[l:HAS_LINK]->(p:Product) WITH p, l ORDER BY l.stage, p.name RETURN p {.id, .name} } AS links
ORDER BY c.position, c.id
