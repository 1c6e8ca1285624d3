// The links a plan says its district will bring in (规划点名引进的环节): the district's Zone SEEKS each link's Product,
// `sources` listing the Source ids of the sentences that say so (appended, never replaced: a re-commit adds nothing).
// The seed writes its industry files' `sought` with this statement too (seed/write.ts, seed/migrate.ts). The gap
// priority's 规划引进 part and Zone.soughtLinks read exactly this edge and property.
UNWIND $rows AS row
MATCH (d:Zone {id: $district}), (p:Product {id: row.product})
MERGE (d)-[r:SEEKS]->(p)
ON CREATE SET r.sources = []
SET r.sources = r.sources + [s IN row.sources WHERE NOT s IN r.sources]
