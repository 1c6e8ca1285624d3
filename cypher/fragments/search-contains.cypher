// Search's CONTAINS pass over the TEXT indexes (search, and search-chars for a term most names contain): every
// name, or a chain's expression or a firm's full name, that contains $q, with its kind.
CALL () {
  MATCH (n:Product) WHERE n.name CONTAINS $q RETURN n, 'PRODUCT' AS kind
  UNION ALL
  MATCH (n:Chain) WHERE n.name CONTAINS $q OR n.expression CONTAINS $q RETURN n, 'CHAIN' AS kind
  UNION ALL
  MATCH (n:Enterprise) WHERE n.name CONTAINS $q OR n.fullName CONTAINS $q RETURN n, 'ENTERPRISE' AS kind
  UNION ALL
  MATCH (n:Zone) WHERE n.name CONTAINS $q RETURN n, 'ZONE' AS kind
  UNION ALL
  MATCH (n:Project) WHERE n.name CONTAINS $q RETURN n, 'PROJECT' AS kind
  UNION ALL
  // include: search-stated
}
