// The editable facts of an enterprise, as createEnterprise/updateEnterprise write them; no row when unknown.
MATCH (e:Enterprise {id: $id})
RETURN
// include: enterprise-state
