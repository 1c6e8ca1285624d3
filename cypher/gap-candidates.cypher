// Candidates to fill a batch of links ($ids): outside firms the plan names as targets for the link or one of
// its chains, pool enterprises whose main products match it, and projects that build it.
// No 外区企业 here: a long upstream list counts them from the stored counts (product-evidence.cypher's
// producerTotal less the scope's producerCount); gap-candidates-others.cypher lists them. Two files rather than
// a CASE on a parameter: the scan is not even planned here.
// include: gap-candidates-rows
  [] AS others
