package lab.conditionalrequests;

/** A change was sent without If-Match; ApiExceptionHandler answers 428 Precondition Required (RFC 6585). */
class PreconditionRequiredException extends RuntimeException {

    PreconditionRequiredException(String detail) {
        super(detail);
    }
}
