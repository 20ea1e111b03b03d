package lab.grader.services;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tell whether a Docker engine answers, by sending it one {@code GET /_ping}. Asking Testcontainers instead would
 * start its Ryuk container as a side effect, which can take minutes to fail where no registry is reachable.
 */
final class DockerEngine {

    private static final long PING_TIMEOUT_SECONDS = 3;

    private DockerEngine() {}

    static boolean answers(Map<String, String> environment) {
        Optional<SocketAddress> address = address(environment);
        if (address.isEmpty()) {
            return false;
        }
        try {
            return CompletableFuture.supplyAsync(() -> ping(address.get())).get(PING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    static Optional<SocketAddress> address(Map<String, String> environment) {
        String host = environment.get("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            URI uri = URI.create(host.strip());
            return switch (uri.getScheme()) {
                case "unix" -> Optional.of(UnixDomainSocketAddress.of(uri.getPath()));
                case "tcp" ->
                    Optional.of(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort()));
                default -> Optional.empty();
            };
        }
        Path home = Path.of(System.getProperty("user.home"));
        for (Path socket : new Path[] {Path.of("/var/run/docker.sock"), home.resolve(".docker/run/docker.sock")}) {
            if (Files.exists(socket)) {
                return Optional.of(UnixDomainSocketAddress.of(socket));
            }
        }
        return Optional.empty();
    }

    private static boolean ping(SocketAddress address) {
        StandardProtocolFamily family =
                address instanceof UnixDomainSocketAddress ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET;
        try (SocketChannel channel = SocketChannel.open(family)) {
            channel.connect(address);
            channel.write(
                    ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer answer = ByteBuffer.allocate(64);
            channel.read(answer);
            String status = new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII);
            return status.matches("(?s)HTTP/1\\.[01] 200.*");
        } catch (IOException e) {
            return false;
        }
    }
}
