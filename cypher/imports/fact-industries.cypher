// Industries of an imported plan: merged by id (an industry of the district's plans keeps its node); a target is
// set when the review gives one, never erased; sources are appended.
UNWIND $rows AS row
MERGE (i:Industry {id: row.id})
ON CREATE SET i.name = row.name, i.position = 100, i.sources = [], i.origin = 'import'
SET i.output2025 = coalesce(row.output2025, i.output2025),
    i.valueAdded2025 = coalesce(row.valueAdded2025, i.valueAdded2025),
    i.targetYear = coalesce(row.targetYear, i.targetYear),
    i.sources = i.sources + [s IN row.sources WHERE NOT s IN i.sources]
