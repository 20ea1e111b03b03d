package lab.objectlevelauthorization;

import java.math.BigDecimal;

/** The caller's profile as the API shows it. */
record UserView(long id, String email, String displayName, String role, BigDecimal creditLimit) {}
