// Projects of an imported plan (id qualified by the district and the name): capacity as the seed writes it.
UNWIND $rows AS row
MERGE (p:Project {id: row.id})
ON CREATE SET p.sources = [], p.origin = 'import'
SET p.name = row.name, p.kind = row.kind, p.status = coalesce(p.status, row.status),
    p.industry = coalesce(p.industry, row.industry),
    p.capacityValues = row.capacityValues, p.capacityUnits = row.capacityUnits,
    p.capacityProducts = row.capacityProducts, p.investmentValue = row.investmentValue,
    p.investmentUnit = row.investmentUnit,
    p.sources = p.sources + [s IN row.sources WHERE NOT s IN p.sources]
