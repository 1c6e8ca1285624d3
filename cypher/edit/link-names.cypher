// Which of $names are the names of chain links (a Product some chain has as a link): a firm's stated product
// (未入链产品) must be none of them.
OPTIONAL MATCH (p:Product)<-[:HAS_LINK]-(:Chain) WHERE p.name IN $names
RETURN collect(DISTINCT p.name) AS names
