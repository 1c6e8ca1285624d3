// Names an import is matched against (it never creates zones, links or industries). A zone comes with the ids of
// the zones it lies in (itself included), an industry with the districts whose plans state it: a firm's 所属产业
// is looked up among its own district's industries (a 中方县 firm's 新材料 is not 綦江区's).
RETURN COLLECT { MATCH (z:Zone)
                 RETURN z {.id, .name, within: COLLECT { MATCH (z)-[:PART_OF*0..]->(a:Zone) RETURN DISTINCT a.id }} } AS zones,
       COLLECT { MATCH (p:Product) RETURN p {.id, .name, link: EXISTS { (:Chain)-[:HAS_LINK]->(p) }} } AS products,
       COLLECT { MATCH (i:Industry)
                 RETURN i {.id, .name,
                           districts: COLLECT { MATCH (i)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(d) RETURN DISTINCT d.id }} } AS industries,
       COLLECT { MATCH (e:Enterprise) WHERE e.origin <> 'pool' RETURN e {.id, .name, .creditCode} } AS enterprises,
       COLLECT { MATCH (p:Project) RETURN p {.id, .name} } AS projects
