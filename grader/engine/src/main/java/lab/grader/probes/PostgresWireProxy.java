package lab.grader.probes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand between a kata and its PostgreSQL server on a loopback port, forward every byte both ways unchanged, and count
 * what the kata sent: round trips, statements, COPY data and connections, on every connection it opened, whether or
 * not the probe inside the kata saw them (see decision 0012). The grader's own connections go to the server directly,
 * so everything counted here is the kata's.
 *
 * <p>The proxy answers an SSLRequest or GSSENCRequest itself with 'N' (no encryption), so the stream stays readable
 * even where the server offers TLS; the kata's JDBC URL also says {@code sslmode=disable}.
 */
public final class PostgresWireProxy implements AutoCloseable {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final WireTally total = new WireTally();
    private final List<WireTally> perConnection = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private PostgresWireProxy(ServerSocket listener, InetSocketAddress upstream) {
        this.listener = listener;
        this.upstream = upstream;
    }

    /** Listen on a free loopback port in front of the server at host:port. */
    public static PostgresWireProxy start(String host, int port) throws IOException {
        ServerSocket listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        PostgresWireProxy proxy = new PostgresWireProxy(listener, new InetSocketAddress(host, port));
        Thread.ofVirtual().name("lab-wire-proxy-" + listener.getLocalPort()).start(proxy::acceptAll);
        return proxy;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Everything sent through the proxy so far, on all connections. */
    public WireCounts counts() {
        return total.counts();
    }

    /** What each connection sent so far, in the order they were opened, closed ones included. */
    public List<WireCounts> connections() {
        return perConnection.stream().map(WireTally::counts).toList();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().name("lab-wire-" + client.getPort()).start(() -> serve(client));
            } catch (IOException e) {
                // Closed by close(), or a failed accept: the kata sees a refused connection and says so.
            }
        }
    }

    private void serve(Socket client) {
        WireTally own = new WireTally();
        perConnection.add(own);
        PostgresClientStream stream = new PostgresClientStream(List.of(own, total));
        Socket server = new Socket();
        try (client;
                server) {
            open.add(client);
            open.add(server);
            client.setTcpNoDelay(true);
            server.connect(upstream, CONNECT_TIMEOUT_MILLIS);
            server.setTcpNoDelay(true);
            byte[] first = refuseEncryption(client.getInputStream(), client.getOutputStream());
            if (first.length == 0) {
                return;
            }
            Thread back = Thread.ofVirtual().start(() -> pump(server, client, null));
            stream.feed(first, 0, first.length);
            server.getOutputStream().write(first);
            pump(client, server, stream);
            back.join();
        } catch (IOException e) {
            // The kata or the server went away; the other side sees its connection closed.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(client);
            open.remove(server);
        }
    }

    /**
     * Answer 'N' to every encryption request before the startup packet, and return the first 8 bytes of the first
     * other packet (empty when the client left first).
     */
    private static byte[] refuseEncryption(InputStream in, OutputStream out) throws IOException {
        while (true) {
            byte[] first = in.readNBytes(8);
            if (first.length < 8) {
                return new byte[0];
            }
            int length = int32(first, 0);
            int code = int32(first, 4);
            if (length != 8
                    || (code != PostgresClientStream.SSL_REQUEST && code != PostgresClientStream.GSSENC_REQUEST)) {
                return first;
            }
            out.write('N');
            out.flush();
        }
    }

    /** Copy one direction until it ends; count it first when it is the client's, so counts lead the answers. */
    private void pump(Socket from, Socket to, PostgresClientStream stream) {
        byte[] buffer = new byte[BUFFER_BYTES];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (stream != null) {
                    stream.feed(buffer, 0, read);
                }
                out.write(buffer, 0, read);
            }
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static int int32(byte[] bytes, int from) {
        return ((bytes[from] & 0xFF) << 24)
                | ((bytes[from + 1] & 0xFF) << 16)
                | ((bytes[from + 2] & 0xFF) << 8)
                | (bytes[from + 3] & 0xFF);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    /** Stop listening and cut every connection still open. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // Nothing more to stop.
        }
        open.forEach(PostgresWireProxy::closeQuietly);
    }
}
