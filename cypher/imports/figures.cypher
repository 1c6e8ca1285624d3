// The properties a plan commit may overwrite on nodes that already exist (zones: name and 2025 targets; industries:
// 2025 targets; projects: what fact-projects.cypher sets), read before and after the commit's writes so a figure it
// changed is audited with its `before` (server/imports/audit.ts figureAudits) and a withdrawal can put it back.
// $zones, $industries, $projects: ids. Only nodes that exist answer.
CALL () {
  UNWIND $zones AS id
  MATCH (z:Zone {id: id})
  RETURN 'Zone' AS type, z.id AS id, z {.name, .output2025, .valueAdded2025, .targetYear} AS props
  UNION ALL
  UNWIND $industries AS id
  MATCH (i:Industry {id: id})
  RETURN 'Industry' AS type, i.id AS id, i {.output2025, .valueAdded2025, .targetYear} AS props
  UNION ALL
  UNWIND $projects AS id
  MATCH (p:Project {id: id})
  RETURN 'Project' AS type, p.id AS id, p {.name, .kind, .status, .industry, .capacityValues, .capacityUnits,
    .capacityProducts, .investmentValue, .investmentUnit} AS props
}
RETURN type, id, props
