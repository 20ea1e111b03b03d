package lab.grader.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A Docker engine on a Unix socket that answers each request line with what the test says: a list of raw chunks
 * (status line, headers and body), written with a pause between them, then the connection is closed. An empty
 * list keeps the connection open without a word, as an engine waiting for a registry does; a last chunk
 * {@link #STAY_OPEN} keeps it open after the others, as a stalled download does.
 */
final class FakeDockerEngine implements AutoCloseable {

    static final String STAY_OPEN = "<stay open>";

    private final Path directory;
    private final Path socket;
    private final ServerSocketChannel server;
    private final Function<String, List<String>> answers;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    FakeDockerEngine(Function<String, List<String>> answers) {
        this.answers = answers;
        try {
            directory = Files.createTempDirectory("lab-fake-docker");
            socket = directory.resolve("docker.sock");
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::serve);
    }

    Map<String, String> environment() {
        return Map.of("DOCKER_HOST", "unix://" + socket);
    }

    static String json(int status, String... lines) {
        return "HTTP/1.0 " + status + " X\r\nContent-Type: application/json\r\n\r\n" + String.join("\r\n", lines)
                + (lines.length > 0 ? "\r\n" : "");
    }

    private void serve() {
        while (server.isOpen()) {
            try {
                SocketChannel channel = server.accept();
                open.add(channel);
                Thread.ofVirtual().start(() -> answer(channel));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(SocketChannel channel) {
        try {
            StringBuilder head = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(1024);
            while (!head.toString().contains("\r\n\r\n") && channel.read(buffer.clear()) > 0) {
                head.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII));
            }
            String requestLine = head.toString().split("\r\n", 2)[0];
            requests.add(requestLine);
            List<String> chunks = answers.apply(requestLine);
            if (chunks.isEmpty()) {
                return; // Silence: the connection stays open until the client or close() ends it.
            }
            for (int i = 0; i < chunks.size(); i++) {
                if (chunks.get(i).equals(STAY_OPEN)) {
                    return;
                }
                if (i > 0) {
                    Thread.sleep(50);
                }
                channel.write(ByteBuffer.wrap(chunks.get(i).getBytes(StandardCharsets.UTF_8)));
            }
            channel.close();
        } catch (IOException | InterruptedException e) {
            // The client went away.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (SocketChannel channel : open) {
            channel.close();
        }
        Files.deleteIfExists(socket);
        Files.deleteIfExists(directory);
    }
}
