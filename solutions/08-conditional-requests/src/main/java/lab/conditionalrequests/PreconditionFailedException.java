package lab.conditionalrequests;

/** If-Match named a version that is no longer the current one; ApiExceptionHandler answers 412 with the new ETag. */
class PreconditionFailedException extends RuntimeException {

    private final String currentEtag;

    PreconditionFailedException(String detail, String currentEtag) {
        super(detail);
        this.currentEtag = currentEtag;
    }

    String currentEtag() {
        return currentEtag;
    }
}
