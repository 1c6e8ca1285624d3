// The names of the pool firms $ids (alias suggestions' examples); no row for an id not in the graph.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN id, e.name AS name
