// Creates (origin 'edit') or updates an enterprise's properties; a null in $props removes that property.
MERGE (e:Enterprise {id: $id})
ON CREATE SET e.origin = 'edit', e.sources = []
SET e += $props
RETURN e.id AS id
