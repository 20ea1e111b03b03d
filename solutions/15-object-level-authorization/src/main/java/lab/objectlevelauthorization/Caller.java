package lab.objectlevelauthorization;

/** Who sent the request, from their bearer token: the user, their tenant (company) and their role. */
record Caller(long userId, long tenantId, String role) {}
