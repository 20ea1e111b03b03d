package lab.cachestampede;

class CategoryNotFoundException extends RuntimeException {

    CategoryNotFoundException(long id) {
        super("no category " + id);
    }
}
