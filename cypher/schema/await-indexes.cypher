// Waits until every index is online (or $seconds pass): after creating indexes, before relying on them.
CALL db.awaitIndexes($seconds)
