// The IMPORT_PLAN audit entries of the document's current import (at or after its importedAt; an earlier import of
// the same text that was withdrawn has its own): figures changed, stated products moved, the district's targets,
// and the summary on the document (regionsCreated). before/after are JSON strings.
MATCH (d:Document {id: $document})
MATCH (a:AuditEntry) WHERE a.at >= d.importedAt AND a.action = 'IMPORT_PLAN'
  AND (a.entity = $document OR a.after CONTAINS $document)
RETURN a.entity AS entity, a.entityType AS entityType, a.before AS before, a.after AS after
ORDER BY a.at, a.id
