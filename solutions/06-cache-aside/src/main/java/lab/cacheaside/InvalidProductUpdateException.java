package lab.cacheaside;

class InvalidProductUpdateException extends RuntimeException {

    InvalidProductUpdateException(String detail) {
        super(detail);
    }
}
