// Real ids from the seeded graph for the chaos load mix: chains, zones, links that have something upstream,
// industries, and link names to search for.
MATCH (c:Chain)
WITH collect(c.id) AS chains
MATCH (z:Zone)
WITH chains, collect(z.id) AS zones
MATCH (p:Product)<-[:FEEDS]-()
WITH chains, zones, collect(DISTINCT p.id) AS products
MATCH (i:Industry)
WITH chains, zones, products, collect(i.id) AS industries
MATCH (p:Product)
RETURN chains, zones, products, industries, collect(p.name)[0..80] AS names
