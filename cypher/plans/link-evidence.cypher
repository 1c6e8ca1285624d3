// For "gaps closed since": the local producers and projects, in district $district, of the links of chains
// $chains, each marked `then` when the earlier plan already knew it — i.e. its source is not only in a later plan
// ($later: document ids). A producer is known through its PRODUCES source; a project through its sources.
MATCH (d:Zone {id: $district})
WITH [(z:Zone)-[:PART_OF*0..]->(d) | z.id] AS scope
UNWIND $chains AS chainId
MATCH (c:Chain {id: chainId})-[:HAS_LINK]->(p:Product)
WITH scope, c, p ORDER BY c.position, c.id, p.name
RETURN c.name AS chain, p {.id, .name} AS product,
  COLLECT {
    MATCH (e:Enterprise {local: true})-[r:PRODUCES]->(p)
    WHERE EXISTS { MATCH (e)-[:LOCATED_IN]->(z:Zone) WHERE z.id IN scope }
    RETURN DISTINCT {
      name: e.name,
      then: NOT EXISTS { MATCH (s:Source {id: r.source})-[:IN_DOCUMENT]->(later:Document) WHERE later.id IN $later }
    } AS x
  } AS producers,
  COLLECT {
    MATCH (pr:Project)-[:BUILDS]->(p)
    WHERE EXISTS { MATCH (pr)-[:IN_ZONE]->(z:Zone) WHERE z.id IN scope }
    RETURN DISTINCT {
      name: pr.name,
      then: pr.sources IS NULL OR EXISTS {
        MATCH (s:Source)-[:IN_DOCUMENT]->(doc:Document) WHERE s.id IN pr.sources AND NOT doc.id IN $later
      }
    } AS x
  } AS projects
