package lab.missingindex;

/** A customer as the support desk sees it: the e-mail exactly as the customer typed it at sign-up. */
record CustomerView(long id, String name, String email) {}
