// A link ($link, a Product id) with its aliases added through the API (addAlias), each with who added it and when
// (its newest addAlias audit entry; null when none is recorded), and the pool product names of its MAIN_PRODUCT
// edges matched by an alias (one per edge: the firms each alias brings). No row when the link does not exist.
MATCH (p:Product {id: $link})
CALL (p) {
  OPTIONAL MATCH (a:Alias {link: p.id})
  CALL (a) {
    OPTIONAL MATCH (e:AuditEntry {entity: a.pool})
    WHERE e.action = 'addAlias'
    RETURN e ORDER BY e.at DESC, e.id DESC LIMIT 1
  }
  WITH a, e ORDER BY a.pool
  RETURN collect(a {.pool, addedBy: e.actor, addedAt: toString(e.at)}) AS aliases
}
RETURN p.name AS name, aliases,
  COLLECT { MATCH (:Enterprise)-[m:MAIN_PRODUCT {basis: 'alias'}]->(p) RETURN m.productName } AS aliasRows
