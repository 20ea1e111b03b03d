package lab.virtualthreads;

class OrderNotFoundException extends RuntimeException {

    OrderNotFoundException(long orderId) {
        super("no order " + orderId);
    }
}
