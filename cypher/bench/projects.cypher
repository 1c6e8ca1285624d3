// Benchmark graph: a batch of generated projects.
UNWIND $rows AS row
CREATE (p:Project {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.status = row.status, p.industry = row.industry,
    p.district = row.district, p.origin = 'bench', p.sources = [],
    p.capacityValues = [], p.capacityUnits = [], p.capacityProducts = []
