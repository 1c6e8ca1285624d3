// The seeded plan document when it has no district yet (a database seeded before districts existed); no row
// otherwise (migrated, seeded in the new shape, or not seeded at all).
MATCH (doc:Document {id: $document})
WHERE NOT (doc)-[:FOR_DISTRICT]->(:Zone)
RETURN doc.id AS id
