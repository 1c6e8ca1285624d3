MATCH (a:Alias {pool: $pool})
DELETE a
RETURN $pool AS pool
