package lab.grader.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/** A Redis process from the binary in a Maven artifact, on a free loopback port, with nothing written to disk. */
final class EmbeddedRedis implements OwnedRedis {

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static EmbeddedRedis start() throws IOException {
        int port = freePort();
        RedisServer server = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
        return new EmbeddedRedis(server, port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public RedisEndpoint endpoint() {
        return new RedisEndpoint("127.0.0.1", port, 0, "");
    }

    // Stopped and started again on the same port, so the kata's configured URL stays right.
    @Override
    public RedisControl control() {
        return new RedisControl() {
            @Override
            public void makeUnavailable() {
                try {
                    server.stop();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void restore() {
                try {
                    server.start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            // The process is ours and goes with the JVM anyway.
        }
    }
}
