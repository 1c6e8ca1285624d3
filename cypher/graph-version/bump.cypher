// Every writer runs this inside its write transaction: a new random version (never reused, even after a reset
// deletes the node) tells every server's response cache that what it holds may be stale.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = randomUUID(), v.changedAt = datetime()
