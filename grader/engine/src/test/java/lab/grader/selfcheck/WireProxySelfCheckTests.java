package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import lab.grader.Lab;
import lab.grader.probes.PgjdbcSession;
import lab.grader.probes.PostgresWireProxy;
import lab.grader.services.PostgresAdmin;
import lab.grader.services.PostgresEndpoint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prove the wire proxy counts real pgjdbc traffic on the run's real server, in whatever service mode (TLS offered or
 * not), and capture the client's bytes for the unit tests' fixture: {@code -Dlab.captureWire=path} writes them.
 */
@Tag("selfcheck")
@ExtendWith(SelfCheckLab.class)
class WireProxySelfCheckTests {

    @Test
    void the_proxy_counts_what_pgjdbc_sends_to_the_real_server(Lab lab) throws Exception {
        PostgresEndpoint postgres = lab.services().postgres();
        PostgresAdmin admin = new PostgresAdmin(postgres);
        String database = "lab_selfcheck_wire";
        admin.createDatabase(database);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PostgresWireProxy proxy = PostgresWireProxy.start(postgres.host(), postgres.port());
                ServerSocket recorder = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread relay = Thread.ofVirtual().start(() -> record(recorder, proxy.port(), captured));
            // sslmode=prefer, the driver's default: the proxy must refuse TLS and the server accept plain text.
            PgjdbcSession.run(
                    "jdbc:postgresql://127.0.0.1:" + recorder.getLocalPort() + "/" + database + "?sslmode=prefer",
                    postgres.user(),
                    postgres.password());
            relay.join(10_000);
            String capture = System.getProperty("lab.captureWire", "");
            if (!capture.isBlank()) {
                Files.write(Path.of(capture), captured.toByteArray());
            }

            assertThat(proxy.counts())
                    .as("what the proxy counted for the pgjdbc session")
                    .isEqualTo(PgjdbcSession.EXPECTED);
        } finally {
            admin.dropDatabase(database);
        }
    }

    /** Relay one connection to the proxy, keeping a copy of what the client sent after its SSL request. */
    private static void record(ServerSocket recorder, int proxyPort, ByteArrayOutputStream captured) {
        try (Socket client = recorder.accept();
                Socket proxy = new Socket(InetAddress.getLoopbackAddress(), proxyPort)) {
            client.setTcpNoDelay(true);
            proxy.setTcpNoDelay(true);
            Thread back = Thread.ofVirtual().start(() -> copy(proxy, client, null));
            copy(client, proxy, captured);
            back.join();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the recording relay broke", e);
        }
    }

    private static void copy(Socket from, Socket to, ByteArrayOutputStream copy) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (copy != null) {
                    synchronized (copy) {
                        copy.write(buffer, 0, read);
                    }
                }
                out.write(buffer, 0, read);
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // One side closed; the other follows.
        }
    }
}
