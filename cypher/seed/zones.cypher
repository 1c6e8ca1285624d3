UNWIND $rows AS row
MERGE (z:Zone {id: row.id})
SET z.name = row.name, z.kind = row.kind, z.output2025 = row.output2025, z.valueAdded2025 = row.valueAdded2025,
    z.description = row.description, z.sources = row.sources
