// Which of the node ids $ids someone worked on since the document $document was imported: an audit entry by an
// action that is no importer's ($machine) at or after its importedAt (an edit of an earlier node of the same id,
// withdrawn before, is not work on this one), an alias mapping a pool name onto it.
MATCH (d:Document {id: $document})
UNWIND $ids AS id
RETURN id,
  EXISTS { MATCH (a:AuditEntry {entity: id}) WHERE a.at >= d.importedAt AND NOT a.action IN $machine } AS edited,
  EXISTS { MATCH (x:Alias) WHERE x.link = id } AS aliased
