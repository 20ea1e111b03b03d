package lab.grader.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresWireProxyTests {

    private ServerSocket echo;
    private PostgresWireProxy proxy;

    /** A stand-in for PostgreSQL that sends back every byte it gets, so the test sees both directions. */
    @BeforeEach
    void startEchoServerAndProxy() throws IOException {
        echo = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket connection = echo.accept();
                    Thread.ofVirtual().start(() -> {
                        try (connection) {
                            connection.getInputStream().transferTo(connection.getOutputStream());
                        } catch (IOException e) {
                            // The test closed it.
                        }
                    });
                } catch (IOException e) {
                    // Closed at the end of the test.
                }
            }
        });
        proxy = PostgresWireProxy.start("127.0.0.1", echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    /** Send the bytes through the proxy and return what came back, after the proxy's answer to an SSL request. */
    private byte[] roundTrip(byte[] bytes, boolean askForSsl) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            if (askForSsl) {
                out.write(new PgMessages()
                        .untyped(PostgresClientStream.SSL_REQUEST, 0)
                        .bytes());
                assertThat((char) in.read())
                        .as("the proxy's answer to an SSL request")
                        .isEqualTo('N');
            }
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    out.write(bytes);
                    socket.shutdownOutput();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            byte[] back = in.readAllBytes();
            writer.join();
            return back;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bytes_pass_unchanged_both_ways_and_the_client_side_is_counted() throws IOException {
        byte[] session = new PgMessages()
                .startup()
                .extendedExchange()
                .typed('Q', 1_000)
                .typed('d', 3_000_000)
                .typed('c', 0)
                .typed('X', 0)
                .bytes();

        byte[] back = roundTrip(session, true);

        assertThat(Arrays.equals(back, session))
                .as("the echo of %s bytes through the proxy is the same bytes (got %s)", session.length, back.length)
                .isTrue();
        assertThat(proxy.counts()).as("counts of the session").isEqualTo(new WireCounts(1, 2, 1, 1, 1, 1, 1, 1, 0));
    }

    @Test
    void many_connections_at_once_are_counted_apart_and_in_total() throws Exception {
        int connections = 40;
        byte[] session =
                new PgMessages().startup().extendedExchange().extendedExchange().bytes();
        List<Callable<byte[]>> clients = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            boolean ssl = i % 2 == 0;
            clients.add(() -> roundTrip(session, ssl));
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<byte[]> answer : pool.invokeAll(clients)) {
                assertThat(answer.get()).as("the echo of one connection").isEqualTo(session);
            }
        }

        assertThat(proxy.counts().connections()).as("connections counted").isEqualTo(connections);
        assertThat(proxy.counts().roundTrips()).as("round trips in total").isEqualTo(2L * connections);
        assertThat(proxy.connections())
                .as("the counts of each connection")
                .hasSize(connections)
                .allSatisfy(counts -> assertThat(counts.roundTrips()).isEqualTo(2));
    }
}
