package lab.virtualthreads;

class InvalidOrderIdException extends RuntimeException {

    InvalidOrderIdException(long orderId) {
        super("an order id is a positive number, was " + orderId);
    }
}
