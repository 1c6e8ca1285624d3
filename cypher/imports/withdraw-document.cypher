// The document a withdrawal names (server/imports/withdraw.ts): whether a plan import made it (importedAt, no table
// kind), its district(s), its Source ids and its year Targets. No row: no such document.
MATCH (d:Document {id: $document})
RETURN d.id AS id, d.title AS title, d.kind AS kind, d.importedAt IS NOT NULL AS imported,
  COLLECT { MATCH (d)-[:FOR_DISTRICT]->(z:Zone) RETURN z {.id, .name} } AS districts,
  COLLECT { MATCH (s:Source)-[:IN_DOCUMENT]->(d) RETURN s.id } AS sources,
  COLLECT {
    MATCH (t:Target)-[:IN_PLAN]->(d) OPTIONAL MATCH (o)-[:HAS_TARGET]->(t)
    RETURN {id: t.id, name: coalesce(o.name, '') + ' ' + toString(toInteger(t.year)) + ' 年'} ORDER BY t.year, o.name
  } AS targets
