// bench/link-counts.ts: the second half of forgetting the stored counts (see clear-link-counts). Auto-commit only.
MATCH (p:Product)
WHERE p.producerCount IS NOT NULL
CALL (p) {
  REMOVE p.producerCount
} IN TRANSACTIONS OF 20000 ROWS
