// Audit entries, newest first; of one entity when $entity is set.
MATCH (a:AuditEntry)
WHERE $entity IS NULL OR a.entity = $entity
WITH a ORDER BY a.at DESC, a.id DESC LIMIT toInteger($first)
RETURN a {.*, at: toString(a.at)} AS entry
