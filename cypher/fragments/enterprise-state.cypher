{
  name: e.name, fullName: e.fullName, local: e.local, creditCode: e.creditCode, note: e.note,
  industries: coalesce(e.industries, []),
  statedProducts: coalesce(e.statedProducts, []),
  zone: head([(e)-[:LOCATED_IN]->(z:Zone) | z.id]),
  produces: COLLECT { MATCH (e)-[:PRODUCES]->(p:Product) WITH p ORDER BY p.id RETURN p.id }
} AS state
