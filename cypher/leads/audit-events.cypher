// Every audit entry of the entities $ids (oldest first), for when a producer or project appeared.
UNWIND $ids AS eid
MATCH (a:AuditEntry {entity: eid})
WITH eid, a ORDER BY a.at
RETURN eid AS id, collect({at: toString(a.at), before: a.before, after: a.after}) AS events
