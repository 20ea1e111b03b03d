package lab.boundedfanout;

class InvalidBasketIdException extends RuntimeException {

    InvalidBasketIdException(long basketId) {
        super("a basket id is a positive number, was " + basketId);
    }
}
