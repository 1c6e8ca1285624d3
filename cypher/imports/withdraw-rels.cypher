// Every relationship of the nodes $keys (element ids) and the SEEKS of the districts $districts, with both ends
// (element id, id, name, labels): what a withdrawal judges edge by edge.
CALL () {
  UNWIND $keys AS key
  MATCH (n) WHERE elementId(n) = key
  MATCH (n)-[r]-()
  RETURN r
  UNION
  UNWIND $districts AS id
  MATCH (:Zone {id: id})-[r:SEEKS]->()
  RETURN r
}
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN elementId(r) AS key, type(r) AS type, properties(r) AS props,
  {key: elementId(a), id: a.id, name: a.name, labels: labels(a)} AS a,
  {key: elementId(b), id: b.id, name: b.name, labels: labels(b)} AS b
