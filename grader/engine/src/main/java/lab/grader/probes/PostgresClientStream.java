package lab.grader.probes;

import java.util.List;

/**
 * Read the client-to-server half of one PostgreSQL connection (protocol v3) as it passes, in pieces of any size, and
 * count its messages. The stream starts untyped (an SSLRequest, GSSENCRequest or CancelRequest, then the startup
 * packet: int32 length, int32 code), then carries typed messages (one type byte, int32 length, body). Bodies are
 * skipped, never buffered, so a large COPY costs no memory. A length that cannot be right ends the reading: the bytes
 * still pass, they are only no longer counted.
 */
final class PostgresClientStream {

    static final int SSL_REQUEST = 80877103;
    static final int GSSENC_REQUEST = 80877104;
    static final int CANCEL_REQUEST = 80877102;

    private final List<WireTally> tallies;
    private final byte[] header = new byte[8];
    private int headerFilled;
    private long bodyLeft;
    private boolean started;
    private boolean lost;

    /** Count into each of the tallies, e.g. the connection's own and the proxy's total. */
    PostgresClientStream(List<WireTally> tallies) {
        this.tallies = List.copyOf(tallies);
    }

    void feed(byte[] bytes, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (at < end && !lost) {
            if (bodyLeft > 0) {
                int skipped = (int) Math.min(bodyLeft, end - at);
                at += skipped;
                bodyLeft -= skipped;
                continue;
            }
            int headerSize = started ? 5 : 8;
            int taken = Math.min(headerSize - headerFilled, end - at);
            System.arraycopy(bytes, at, header, headerFilled, taken);
            headerFilled += taken;
            at += taken;
            if (headerFilled == headerSize) {
                headerFilled = 0;
                if (started) {
                    typed((char) (header[0] & 0xFF), int32(1));
                } else {
                    untyped(int32(0), int32(4));
                }
            }
        }
    }

    /** Tell whether the stream stopped making sense; the proxy still forwards it. */
    boolean lost() {
        return lost;
    }

    private void untyped(int length, int code) {
        if (length < 8) {
            lost = true;
            return;
        }
        bodyLeft = length - 8L;
        switch (code) {
            case SSL_REQUEST, GSSENC_REQUEST -> {
                // Answered 'N' by the proxy, or by the server: the startup packet follows, still untyped.
            }
            case CANCEL_REQUEST -> tallies.forEach(WireTally::cancel);
            default -> {
                started = true;
                tallies.forEach(WireTally::startup);
            }
        }
    }

    private void typed(char type, int length) {
        if (length < 4) {
            lost = true;
            return;
        }
        bodyLeft = length - 4L;
        tallies.forEach(tally -> tally.message(type));
    }

    private int int32(int from) {
        return ((header[from] & 0xFF) << 24)
                | ((header[from + 1] & 0xFF) << 16)
                | ((header[from + 2] & 0xFF) << 8)
                | (header[from + 3] & 0xFF);
    }
}
