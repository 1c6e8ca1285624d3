// The pool facts of each enterprise in $ids before an import writes them (for its audit entries); no row for a
// firm not in the graph yet.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN id, {
  name: e.name, fullName: e.fullName, code: e.code, exchange: e.exchange, listed: e.listed,
  mainProducts: COLLECT { MATCH (e)-[:MAIN_PRODUCT]->(p:Product) WITH p ORDER BY p.id RETURN p.id }
} AS state
