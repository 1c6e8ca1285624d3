// Which of $names are the names of chain links (a Product some chain has as a link), with their ids: a firm's
// stated product (未入链产品) of such a name is produced as that link instead.
OPTIONAL MATCH (p:Product)<-[:HAS_LINK]-(:Chain) WHERE p.name IN $names
WITH DISTINCT p WHERE p IS NOT NULL
RETURN collect({name: p.name, id: p.id}) AS links
