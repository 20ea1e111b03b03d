package lab.writebehindcounters;

/** What GET /products/{id}/stats returns: every view recorded so far, written to the database or not yet. */
record ProductStats(long productId, long views) {}
