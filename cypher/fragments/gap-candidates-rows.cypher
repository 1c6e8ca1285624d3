// The shared part of gap-candidates.cypher and gap-candidates-others.cypher: per link the plan's targets (for
// it or one of its chains), pool firms, projects and the scope's plans that name the link as one to bring in
// (`sought`: a district's SEEKS edge, imports/fact-sought.cypher); ends inside the RETURN, before `others`.
// A target carries the district whose plan names it, and whether that plan is the scope's (`ours`:
// fragments/scope-owns-district). Another district's target is no target of this one's plan.
UNWIND $ids AS pid
MATCH (p:Product {id: pid})
RETURN p.id AS id,
  COLLECT {
    MATCH (e:Enterprise {local: false})-[t:TARGET_FOR]->(p)
    OPTIONAL MATCH (:Source {id: t.source})-[:IN_DOCUMENT]->(:Document)-[:FOR_DISTRICT]->(pd:Zone)
    RETURN {enterprise: e {.*}, via: null, source: t.source, district: pd {.id, .name,
      ours:
        // include: scope-owns-district
      }} AS target
    UNION
    MATCH (e:Enterprise {local: false})-[t:TARGET_FOR]->(c:Chain)-[:HAS_LINK]->(p)
    OPTIONAL MATCH (:Source {id: t.source})-[:IN_DOCUMENT]->(:Document)-[:FOR_DISTRICT]->(pd:Zone)
    RETURN {enterprise: e {.*}, via: c {.id, .name}, source: t.source, district: pd {.id, .name,
      ours:
        // include: scope-owns-district
      }} AS target
  } AS targets,
  COLLECT {
    MATCH (e:Enterprise)-[m:MAIN_PRODUCT]->(p)
    WHERE e.origin = 'pool'
    WITH e, m ORDER BY m.weight DESC, e.name LIMIT 20
    RETURN {enterprise: e {.*}, weight: m.weight, productName: m.productName, basis: m.basis}
  } AS pool,
  COLLECT {
    MATCH (pr:Project)-[b:BUILDS]->(p)
    OPTIONAL MATCH (pr)-[:IN_ZONE]->(pz:Zone)
    // The district whose plan states the project: where it is when the plan names no zone for it.
    OPTIONAL MATCH (:Source {id: b.source})-[:IN_DOCUMENT]->(:Document)-[:FOR_DISTRICT]->(pd:Zone)
    WITH pr, pz, b, head(collect(pd {.id, .name})) AS district ORDER BY pr.name
    RETURN {project: pr {.*, zone: pz {.id, .name, .kind}}, source: b.source, district: district}
  } AS projects,
  // Only the scope's own plans: another district's intention is no reason for this one. Each with the
  // sentences (Source quotes) that say so.
  COLLECT {
    MATCH (pd:Zone)-[s:SEEKS]->(p)
    WHERE
      // include: scope-owns-district
    WITH pd, s ORDER BY pd.name, pd.id
    RETURN {district: pd {.id, .name}, sources: COLLECT {
      UNWIND range(0, size(coalesce(s.sources, [])) - 1) AS i
      MATCH (x:Source {id: s.sources[i]})
      WITH x, i ORDER BY i
      RETURN x {.id, .quote}
    }}
  } AS sought,
