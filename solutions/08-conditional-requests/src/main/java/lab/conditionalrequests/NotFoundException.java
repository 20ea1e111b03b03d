package lab.conditionalrequests;

/** No category or product with that id. */
class NotFoundException extends RuntimeException {

    NotFoundException(String what, long id) {
        super("no " + what + " " + id);
    }
}
