package lab.conditionalrequests;

/** A value with the version it had when it was read: what an ETag is made from. */
record Versioned<T>(T value, long version) {}
