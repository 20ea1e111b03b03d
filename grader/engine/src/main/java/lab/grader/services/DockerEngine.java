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
import java.util.List;
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
        return address(environment)
                .map(address -> status(address, "/_ping") == 200)
                .orElse(false);
    }

    /**
     * Return the first of the images that the engine does not hold yet. Auto mode chooses docker only when nothing
     * has to be pulled: where no registry answers, a pull retries for minutes before it fails.
     */
    static Optional<String> missingImage(Map<String, String> environment, List<String> images) {
        Optional<SocketAddress> address = address(environment);
        if (address.isEmpty()) {
            return images.stream().findFirst();
        }
        return images.stream()
                .filter(image -> status(address.get(), "/images/" + image + "/json") != 200)
                .findFirst();
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

    // One HTTP/1.0 request to the engine: its status code, or -1 when it does not answer in time.
    private static int status(SocketAddress address, String path) {
        try {
            return CompletableFuture.supplyAsync(() -> request(address, path))
                    .get(PING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            return -1;
        }
    }

    private static int request(SocketAddress address, String path) {
        StandardProtocolFamily family =
                address instanceof UnixDomainSocketAddress ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET;
        try (SocketChannel channel = SocketChannel.open(family)) {
            channel.connect(address);
            channel.write(ByteBuffer.wrap(
                    ("GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer answer = ByteBuffer.allocate(64);
            while (answer.hasRemaining() && channel.read(answer) > 0) {
                // The status line is all that is needed.
            }
            String[] statusLine =
                    new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII).split(" ", 3);
            return statusLine.length > 1 && statusLine[0].startsWith("HTTP/") ? Integer.parseInt(statusLine[1]) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
