// Open transactions and what they run: proves the pool import was killed in the middle of its write.
SHOW TRANSACTIONS YIELD transactionId, currentQuery, status, elapsedTime
RETURN transactionId, currentQuery, status, elapsedTime.milliseconds AS ms
