// Leads by id (DataLoader); no row for an unknown id.
UNWIND $ids AS lid
MATCH (z:Zone)<-[:IN_ZONE]-(l:Lead {id: lid})-[:FOR_LINK]->(p:Product)
RETURN
  // include: lead-row
