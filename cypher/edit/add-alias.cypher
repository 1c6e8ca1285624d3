// Maps the pool's product name $pool to the chain link $link (a Product id). The pool import reads these.
MERGE (a:Alias {pool: $pool})
SET a.link = $link
RETURN a.pool AS pool
