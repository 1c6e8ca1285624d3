// Creates (origin 'edit') or updates an enterprise's properties; a null in $props removes that property. The label
// StatedProducts marks a firm with stated products (未入链产品), as an enterprise table sets it: search reads only
// such firms for them (fragments/search-stated).
MERGE (e:Enterprise {id: $id})
ON CREATE SET e.origin = 'edit', e.sources = []
SET e += $props
FOREACH (_ IN CASE WHEN size(coalesce(e.statedProducts, [])) > 0 THEN [1] ELSE [] END | SET e:StatedProducts)
FOREACH (_ IN CASE WHEN size(coalesce(e.statedProducts, [])) = 0 THEN [1] ELSE [] END | REMOVE e:StatedProducts)
RETURN e.id AS id
