// Upserts a batch of national-pool firms ($rows), MERGE on id. They are outside firms (local: false).
UNWIND $rows AS row
MERGE (e:Enterprise {id: row.id})
SET e.name = row.name, e.fullName = row.fullName, e.local = false, e.origin = 'pool',
    e.code = row.code, e.exchange = row.exchange, e.listed = row.listed, e.source = 'chainkg',
    e.industries = [], e.sources = []
