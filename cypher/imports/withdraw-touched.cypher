// Every node whose `sources` cite one of the document's Source ids ($sources), with its properties.
CALL () {
  MATCH (n:Chain) WHERE any(s IN n.sources WHERE s IN $sources) RETURN n
  UNION
  MATCH (n:Product) WHERE any(s IN n.sources WHERE s IN $sources) RETURN n
  UNION
  MATCH (n:Industry) WHERE any(s IN n.sources WHERE s IN $sources) RETURN n
  UNION
  MATCH (n:Zone) WHERE any(s IN n.sources WHERE s IN $sources) RETURN n
  UNION
  MATCH (n:Enterprise) WHERE any(s IN n.sources WHERE s IN $sources) RETURN n
  UNION
  MATCH (n:Project) WHERE any(s IN n.sources WHERE s IN $sources) RETURN n
}
RETURN elementId(n) AS key, n.id AS id, labels(n) AS labels, properties(n) AS props
