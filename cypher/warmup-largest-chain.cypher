// The chain with the most links (the heaviest map): server/warmup.ts asks for its map once through the server
// before `ready`, so the first user's map does not pay for the server's first run of an 800-link answer.
MATCH (c:Chain)
RETURN c.id AS id
ORDER BY COUNT { (c)-[:HAS_LINK]->(:Product) } DESC, c.id
LIMIT 1
