package lab.grader.probes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The fixture payloads of the probe's HTTP protocol, shared by the probe's tests and the grader's parsers' tests. */
public final class ProbePayloads {

    /** The one statement of the /sql fixture. */
    public static final String SALES_SQL = "select name, revenue, amounts, details, label from sales where year = ?";

    private ProbePayloads() {}

    /** Return the /sql fixture, as the probe writes it. */
    public static String sql() throws IOException {
        try (InputStream in = ProbePayloads.class.getResourceAsStream("/probe-payloads/sql.properties")) {
            if (in == null) {
                throw new IOException("probe-payloads/sql.properties is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
