package lab.boundedfanout;

class BasketNotFoundException extends RuntimeException {

    BasketNotFoundException(long basketId) {
        super("no basket " + basketId);
    }
}
