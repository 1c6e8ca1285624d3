// A firm's stated products (未入链产品) that a chain now has as a link — a plan just imported added a link of that
// name — become what the firm produces: a PRODUCES edge to that link, sourced as the firm was (its first source,
// the row or quote that stated the product), and the name leaves statedProducts (the label StatedProducts goes
// with the last one). One pass over the few labelled firms, whatever the number of $names (a plan's links).
// Returns each firm that changed, for the audit and the link counts.
MATCH (e:StatedProducts) WHERE any(x IN e.statedProducts WHERE x IN $names)
WITH e, [x IN e.statedProducts WHERE x IN $names] AS named
MATCH (p:Product) WHERE p.name IN named AND EXISTS { (p)<-[:HAS_LINK]-(:Chain) }
WITH e, collect(DISTINCT p) AS links, e.statedProducts AS before
FOREACH (p IN links |
  MERGE (e)-[r:PRODUCES]->(p)
  ON CREATE SET r.source = head(coalesce(e.sources, [])))
WITH e, before, [p IN links | p.name] AS moved, [p IN links | p.id] AS linkIds
SET e.statedProducts = [x IN before WHERE NOT x IN moved]
FOREACH (_ IN CASE WHEN size(e.statedProducts) = 0 THEN [1] ELSE [] END | REMOVE e:StatedProducts)
RETURN e.id AS id, e.name AS name, before, e.statedProducts AS after, linkIds AS links
ORDER BY id
