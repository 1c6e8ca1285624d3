// The industry imported chains hang under: an existing one, or one per imported document.
MERGE (i:Industry {id: $industry.id})
ON CREATE SET i.name = $industry.name, i.position = 100, i.sources = $industry.sources, i.origin = 'import'
