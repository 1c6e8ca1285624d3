// Audit entries, written in the same transaction as the changes they record (one actor, one statement clock).
// $entries: [{id, action, entity, entityType, before, after}] with before/after as JSON strings or null.
UNWIND $entries AS e
CREATE (a:AuditEntry {
  id: e.id, at: datetime(), actor: $actor, role: $role, action: e.action,
  entity: e.entity, entityType: e.entityType, before: e.before, after: e.after
})
RETURN count(a) AS written
