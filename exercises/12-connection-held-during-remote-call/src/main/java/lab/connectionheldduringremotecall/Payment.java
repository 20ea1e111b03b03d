package lab.connectionheldduringremotecall;

/** The payment provider's answer: its id for the payment, and {@code APPROVED} or {@code DECLINED}. */
record Payment(String paymentId, String status) {

    boolean approved() {
        return "APPROVED".equals(status);
    }
}
