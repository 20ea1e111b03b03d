package lab.grader.services;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ask a Docker engine what the grader needs to know before it lets Testcontainers start anything: whether it
 * answers ({@code GET /_ping}), which images it holds ({@code GET /images/<name>/json}), and, for explicit docker
 * mode only, one pull ({@code POST /images/create}) that gives up after seconds of silence. Asking Testcontainers
 * instead would start its Ryuk container as a side effect and retry pulls for minutes where no registry answers.
 */
final class DockerEngine {

    private static final long PING_TIMEOUT_SECONDS = 3;
    /** How long a pull may take to get any answer at all: the engine answers only once a registry has. */
    static final Duration PULL_FIRST_ANSWER = Duration.ofSeconds(20);
    /** How long a pull that has started may go without a progress message before it counts as stalled. */
    static final Duration PULL_QUIET = Duration.ofSeconds(60);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DockerEngine() {}

    static boolean answers(Map<String, String> environment) {
        return address(environment)
                .map(address -> status(address, "/_ping") == 200)
                .orElse(false);
    }

    /**
     * Return the images that the engine does not hold yet, in the order given: every image when no engine answers.
     * Auto mode chooses docker only when this is empty, because it never pulls.
     */
    static List<String> missingImages(Map<String, String> environment, List<String> images) {
        Optional<SocketAddress> address = address(environment);
        if (address.isEmpty()) {
            return images;
        }
        return images.stream()
                .filter(image -> status(address.get(), "/images/" + image + "/json") != 200)
                .toList();
    }

    /**
     * Pull one image, once, with no retries: empty when the engine reports the pull complete, else why it is not.
     * Gives up when the engine says nothing for {@code firstAnswer} (no registry answered it) or, once a download
     * has started, for {@code quiet}; closing the connection cancels the engine's pull.
     */
    static Optional<String> pull(Map<String, String> environment, String image, Duration firstAnswer, Duration quiet) {
        Optional<SocketAddress> address = address(environment);
        if (address.isEmpty()) {
            return Optional.of("no Docker engine answered");
        }
        String[] reference = reference(image);
        String path = "/images/create?fromImage=" + URLEncoder.encode(reference[0], StandardCharsets.UTF_8) + "&tag="
                + URLEncoder.encode(reference[1], StandardCharsets.UTF_8);
        try (SocketChannel channel = SocketChannel.open(family(address.get()));
                Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            ByteBuffer request =
                    ByteBuffer.wrap(("POST " + path + " HTTP/1.0\r\nHost: docker\r\nContent-Length: 0\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            if (!channel.connect(address.get())) {
                channel.register(selector, SelectionKey.OP_CONNECT);
                if (selector.select(firstAnswer.toMillis()) == 0 || !channel.finishConnect()) {
                    return Optional.of("the Docker engine did not accept a connection within " + seconds(firstAnswer));
                }
                selector.selectedKeys().clear();
            }
            while (request.hasRemaining()) {
                channel.write(request);
            }
            channel.register(selector, SelectionKey.OP_READ);
            DockerPullAnswer answer = new DockerPullAnswer();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (true) {
                Duration limit = answer.started() ? quiet : firstAnswer;
                if (selector.select(limit.toMillis()) == 0) {
                    return Optional.of(
                            answer.started()
                                    ? "the download stalled: no progress for " + seconds(quiet)
                                    : "no answer within " + seconds(firstAnswer) + " (is a registry reachable?)");
                }
                selector.selectedKeys().clear();
                buffer.clear();
                int read = channel.read(buffer);
                if (read < 0) {
                    return answer.outcome();
                }
                answer.add(buffer.array(), read);
                if (answer.error().isPresent()) {
                    return answer.error();
                }
            }
        } catch (IOException e) {
            return Optional.of("the Docker engine broke off the pull: " + e.getMessage());
        }
    }

    /** Split {@code name[:tag]} or {@code name@digest} into the engine's {@code fromImage} and {@code tag}. */
    static String[] reference(String image) {
        int at = image.indexOf('@');
        if (at >= 0) {
            return new String[] {image.substring(0, at), image.substring(at + 1)};
        }
        int colon = image.lastIndexOf(':');
        if (colon > image.lastIndexOf('/')) {
            return new String[] {image.substring(0, colon), image.substring(colon + 1)};
        }
        return new String[] {image, "latest"};
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
        try (SocketChannel channel = SocketChannel.open(family(address))) {
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

    private static StandardProtocolFamily family(SocketAddress address) {
        return address instanceof UnixDomainSocketAddress ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET;
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
