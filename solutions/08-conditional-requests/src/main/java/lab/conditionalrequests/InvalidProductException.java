package lab.conditionalrequests;

class InvalidProductException extends RuntimeException {

    InvalidProductException(String detail) {
        super(detail);
    }
}
