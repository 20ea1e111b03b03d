package lab.cachestampede;

class InvalidCategoryException extends RuntimeException {

    InvalidCategoryException(long id) {
        super("category id must be 1 or more, was " + id);
    }
}
