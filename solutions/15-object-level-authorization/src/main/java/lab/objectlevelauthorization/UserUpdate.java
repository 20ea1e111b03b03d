package lab.objectlevelauthorization;

/** What a user may change about themselves: the display name. Role and credit limit are the back office's. */
record UserUpdate(String displayName) {

    UserUpdate {
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInvoiceException("displayName must not be blank");
        }
    }
}
