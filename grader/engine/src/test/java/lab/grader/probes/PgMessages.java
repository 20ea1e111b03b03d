package lab.grader.probes;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Build client-side PostgreSQL v3 messages for tests, byte for byte as the protocol defines them. */
final class PgMessages {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PgMessages untyped(int code, int bodyBytes) {
        ByteBuffer header = ByteBuffer.allocate(8).putInt(8 + bodyBytes).putInt(code);
        bytes.writeBytes(header.array());
        bytes.writeBytes(new byte[bodyBytes]);
        return this;
    }

    PgMessages startup() {
        byte[] parameters = "user\0lab\0database\0lab\0\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer header = ByteBuffer.allocate(8).putInt(8 + parameters.length).putInt(196608);
        bytes.writeBytes(header.array());
        bytes.writeBytes(parameters);
        return this;
    }

    PgMessages typed(char type, int bodyBytes) {
        ByteBuffer header = ByteBuffer.allocate(5).put((byte) type).putInt(4 + bodyBytes);
        bytes.writeBytes(header.array());
        bytes.writeBytes(new byte[bodyBytes]);
        return this;
    }

    /** Parse, Bind, Describe, Execute, Sync: one prepared statement run in the extended protocol. */
    PgMessages extendedExchange() {
        return typed('P', 30).typed('B', 20).typed('D', 6).typed('E', 9).typed('S', 0);
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
