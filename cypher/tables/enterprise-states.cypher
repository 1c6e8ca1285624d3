// The facts of each enterprise in $ids that a table import writes (before and after it, for the audit entries);
// no row for an id not in the graph yet.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN id,
// include: enterprise-state
