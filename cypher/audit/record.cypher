// One audit entry, written in the same transaction as the change it records. $before/$after: JSON strings.
CREATE (a:AuditEntry {
  id: $id, at: datetime(), actor: $actor, role: $role, action: $action,
  entity: $entity, entityType: $entityType, before: $before, after: $after
})
RETURN a.id AS id
