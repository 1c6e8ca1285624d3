UNWIND $ids AS sid
MATCH (s:Source {id: sid})-[:IN_DOCUMENT]->(d:Document)
RETURN s {.*, document: d {.*}} AS source
