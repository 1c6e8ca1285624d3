// A link's local producers in the scope: in the whole graph (`scope` null) Product.producerCount as the writers
// store it (cypher/link-counts/refresh.cypher); in a zone's scope, when the producers are listed ($maxListed > 0),
// the link's rows of scoped-producers (`mine`: all of them, one per firm, already read to list the first few);
// otherwise its stored LinkCount (none: 0). An expression; expects `p`, `scope` and `mine`, reads $zone. Used by
// chains.cypher and product-evidence.cypher, then as `n`. (Reading the LinkCount of each of an upstream list's
// 400 links was a third of the evidence statement's time.)
CASE WHEN scope IS NULL
  THEN coalesce(p.producerCount, 0)
  // A wide scope's rows are the listed few only (fragments/scoped-producers): its count is the stored one.
  WHEN toInteger($maxListed) > 0 AND size(scope) <= 300 THEN size(mine)
  ELSE coalesce(head(COLLECT {
    MATCH (k:LinkCount {link: p.id, scope: $zone}) USING INDEX k:LinkCount(link, scope) RETURN k.n
  }), 0)
END
