UNWIND $rows AS row
MERGE (p:Project {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.status = row.status, p.industry = row.industry,
    p.capacityValues = row.capacityValues, p.capacityUnits = row.capacityUnits,
    p.capacityProducts = row.capacityProducts, p.investmentValue = row.investmentValue,
    p.investmentUnit = row.investmentUnit, p.sources = row.sources
