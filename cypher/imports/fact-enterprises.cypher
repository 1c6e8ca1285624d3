// Firms of an imported plan: local ones and investment targets (local: false), merged by id; sources appended.
UNWIND $rows AS row
MERGE (e:Enterprise {id: row.id})
ON CREATE SET e.name = row.name, e.local = row.local, e.sources = [], e.industries = [], e.origin = 'import'
SET e.sources = e.sources + [s IN row.sources WHERE NOT s IN e.sources]
