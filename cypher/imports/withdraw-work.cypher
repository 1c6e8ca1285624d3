// Which of the node ids $ids someone worked on: an audit entry by an action that is no importer's ($machine), an
// alias mapping a pool name onto it.
UNWIND $ids AS id
RETURN id,
  EXISTS { MATCH (a:AuditEntry {entity: id}) WHERE NOT a.action IN $machine } AS edited,
  EXISTS { MATCH (x:Alias) WHERE x.link = id } AS aliased
