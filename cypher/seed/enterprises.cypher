UNWIND $rows AS row
MERGE (e:Enterprise {id: row.id})
SET e.name = row.name, e.fullName = row.fullName, e.local = row.local, e.sources = row.sources,
    e.industries = row.industries,
    e.origin = 'plan'
