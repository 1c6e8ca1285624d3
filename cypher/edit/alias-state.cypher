// The alias of a pool product name; link null when there is none.
OPTIONAL MATCH (a:Alias {pool: $pool})
RETURN {link: a.link} AS state
