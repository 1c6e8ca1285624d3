// The regions at the top of the zone tree (provinces; a 市 only if it has no parent): the start-up fill of the
// firms' scope keys refreshes the firms under each in its own transaction (seed/scopeKeys.ts fillScopeKeys).
MATCH (r:Zone)
WHERE r.kind IN ['省', '市'] AND NOT (r)-[:PART_OF]->(:Zone)
RETURN r.id AS id
ORDER BY id
