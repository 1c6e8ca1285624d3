// How many projects a plan states in no zone while the plan has a district (regions/place-unzoned-projects would
// place them): the start-up check before that migration writes (a write bumps the graph version).
MATCH (pr:Project)
WHERE NOT EXISTS { (pr)-[:IN_ZONE]->(:Zone) }
  AND EXISTS {
    UNWIND coalesce(pr.sources, []) AS sid
    MATCH (:Source {id: sid})-[:IN_DOCUMENT]->(:Document)-[:FOR_DISTRICT]->(:Zone)
  }
RETURN count(pr) AS projects
