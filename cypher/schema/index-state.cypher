// One index's state (ONLINE, POPULATING, FAILED), or no row when it does not exist (server/db/search.ts).
SHOW INDEXES YIELD name, state WHERE name = $name RETURN state
