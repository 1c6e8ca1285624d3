MATCH (n) WHERE NOT n:Document RETURN count(n) AS count
