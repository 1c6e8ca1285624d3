// Fact edges as a plan commit before `sources` wrote them (docs/IMPORTS.md): `source` only, and that source a
// plan import's (a seed or table edge has `source` only by design). With their ends' ids, for the start-up
// migration (seed/migrateProvenance.ts) to find the ones the seed also states.
MATCH (a)-[r:PART_OF|LOCATED_IN|TARGET_FOR|BUILDS|IN_ZONE|BY]->(b)
WHERE r.source IS NOT NULL AND r.sources IS NULL
MATCH (:Source {id: r.source})-[:IN_DOCUMENT]->(d:Document)
WHERE d.importedAt IS NOT NULL AND coalesce(d.kind, '') <> 'table'
RETURN elementId(r) AS key, type(r) AS type, a.id AS a, b.id AS b, r.source AS source
