// A link's local producers in the scope, as the writers store them (cypher/link-counts/refresh.cypher): in the
// whole graph (`scope` null) Product.producerCount, in a zone's scope its LinkCount (none: 0). An expression;
// expects `p` and `scope`, reads $zone. Used by chains.cypher and product-evidence.cypher, then as `n`.
CASE WHEN scope IS NULL
  THEN coalesce(p.producerCount, 0)
  ELSE coalesce(head(COLLECT {
    MATCH (k:LinkCount {link: p.id, scope: $zone}) USING INDEX k:LinkCount(link, scope) RETURN k.n
  }), 0)
END
