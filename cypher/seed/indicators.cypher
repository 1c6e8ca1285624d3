UNWIND $rows AS row
MERGE (k:Indicator {id: row.id})
SET k.category = row.category, k.name = row.name, k.unit = row.unit, k.baseline2020 = row.baseline2020,
    k.target2025 = row.target2025, k.target2025Value = row.target2025Value, k.cumulative = row.cumulative,
    k.kind = row.kind, k.sources = row.sources
