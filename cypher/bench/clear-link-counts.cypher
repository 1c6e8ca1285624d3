// bench/link-counts.ts: forgets every stored producer count (LinkCount nodes, Product.producerCount), so the next
// countLinks recounts the whole graph. Auto-commit only (CALL … IN TRANSACTIONS).
MATCH (k:LinkCount)
CALL (k) {
  DELETE k
} IN TRANSACTIONS OF 20000 ROWS
