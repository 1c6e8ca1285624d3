// The groups imports made before they were named by district (server/imports/legacyGroups.ts): an imported
// industry named 导入：<plan title>, with the district of its plan (null without one) and the other industries'
// names (a new name must not repeat one).
MATCH (i:Industry {origin: 'import'})
WHERE i.name STARTS WITH '导入：'
OPTIONAL MATCH (i)-[:IN_PLAN]->(:Document)-[:FOR_DISTRICT]->(d:Zone)
WITH i, min(d.name) AS district
RETURN i.id AS id, i.name AS name, district,
  COLLECT { MATCH (o:Industry) WHERE NOT o.name STARTS WITH '导入：' RETURN o.name } AS taken
ORDER BY id
