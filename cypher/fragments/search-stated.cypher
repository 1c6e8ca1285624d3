// Search's firms found by a stated product that is no link (未入链产品, e.statedProducts) and not by their
// names: only the firms labelled StatedProducts are read (cypher/tables/enterprises.cypher sets it), a few.
MATCH (n:Enterprise:StatedProducts)
WHERE NOT (n.name CONTAINS $q OR coalesce(n.fullName, '') CONTAINS $q)
  AND any(p IN n.statedProducts WHERE p CONTAINS $q)
RETURN n, 'ENTERPRISE' AS kind
