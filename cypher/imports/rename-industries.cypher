// Renames industries: $rows [{id, name}]; ids, chains and sources stay.
UNWIND $rows AS row
MATCH (i:Industry {id: row.id})
SET i.name = row.name
