CALL {
  MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count
}
RETURN label, count ORDER BY label
