// Names an import is matched against (it never creates zones, links or industries).
RETURN COLLECT { MATCH (z:Zone) RETURN z {.id, .name} } AS zones,
       COLLECT { MATCH (p:Product) RETURN p {.id, .name} } AS products,
       COLLECT { MATCH (i:Industry) RETURN i {.id, .name} } AS industries,
       COLLECT { MATCH (e:Enterprise) WHERE e.origin <> 'pool' RETURN e {.id, .name, .creditCode} } AS enterprises,
       COLLECT { MATCH (p:Project) RETURN p {.id, .name} } AS projects
