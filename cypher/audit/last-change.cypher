// The newest audit entry of each entity in $ids (batched by the lastChange loader); no row when never edited.
UNWIND $ids AS eid
CALL (eid) {
  MATCH (a:AuditEntry {entity: eid})
  RETURN a ORDER BY a.at DESC, a.id DESC LIMIT 1
}
RETURN eid AS id, a {.*, at: toString(a.at)} AS entry
