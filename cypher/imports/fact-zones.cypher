// Zones of an imported plan: merged by id (a zone of the district with the same name keeps its node and kind);
// a target is set when the review gives one, never erased; sources are appended. A zone an earlier import
// committed under the bare name the text writes (`县产业开发区`) takes the district-qualified name
// (server/imports/zoneNames.ts); a name an editor gave it is never changed.
UNWIND $rows AS row
MERGE (z:Zone {id: row.id})
ON CREATE SET z.name = row.name, z.kind = row.kind, z.sources = [], z.origin = 'import'
SET z.name = CASE WHEN row.bare IS NOT NULL AND z.origin = 'import' AND z.name = row.bare THEN row.name
                ELSE z.name END,
    z.output2025 = coalesce(row.output2025, z.output2025),
    z.valueAdded2025 = coalesce(row.valueAdded2025, z.valueAdded2025),
    z.targetYear = coalesce(row.targetYear, z.targetYear),
    z.sources = z.sources + [s IN row.sources WHERE NOT s IN z.sources]
