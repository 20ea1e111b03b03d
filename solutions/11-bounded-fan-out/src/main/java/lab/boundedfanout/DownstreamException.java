package lab.boundedfanout;

/** A service behind the page failed or did not answer. */
class DownstreamException extends RuntimeException {

    private final String service;

    DownstreamException(String service, Throwable cause) {
        super("the " + service + " service failed: " + cause.getMessage(), cause);
        this.service = service;
    }

    String service() {
        return service;
    }
}
