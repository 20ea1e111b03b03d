package lab.writebehindcounters;

class InvalidProductIdException extends RuntimeException {

    InvalidProductIdException(long id) {
        super("product id must be 1 or more, was " + id);
    }
}
