package lab.conditionalrequests;

/**
 * Strong entity tags made from versions, quoted as RFC 9110 wants them. The kind letter keeps a category's tag from
 * ever matching a product's.
 */
final class Etags {

    private Etags() {}

    static String category(long id, long version) {
        return "\"c" + id + "-v" + version + "\"";
    }

    static String product(long id, long version) {
        return "\"p" + id + "-v" + version + "\"";
    }
}
