package lab.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Serve the probe's counters to the grader on a loopback port of its own, apart from the kata's web stack, so that
 * the kata's filters, security or metrics never see the grader's questions. Once the kata is ready, write a ready
 * file with both ports: the grader's signal that it may start.
 */
final class ProbeServer implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private final SqlCounters counters;
    private final ConnectionCounters connections;
    private final RequestCounters requests;
    private final ThreadCounters threads;
    private final PoolStateReader pool;
    private final Environment environment;
    private HttpServer server;

    ProbeServer(
            SqlCounters counters,
            ConnectionCounters connections,
            RequestCounters requests,
            ThreadCounters threads,
            PoolStateReader pool,
            Environment environment) {
        this.counters = counters;
        this.connections = connections;
        this.requests = requests;
        this.threads = threads;
        this.pool = pool;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "lab-probe");
                thread.setDaemon(true);
                return thread;
            }));
            serve("/sql", counters::snapshot, counters::reset);
            server.createContext("/pool", exchange -> respond(exchange, pool::read));
            serve("/connections", connections::snapshot, connections::reset);
            serve("/requests", requests::snapshot, requests::reset);
            serve("/threads", threads::snapshot, threads::reset);
            server.start();
            writeReadyFile();
        } catch (IOException e) {
            throw new UncheckedIOException("The lab probe could not start its server", e);
        }
    }

    /** Answer {@code path} with the counters, and {@code path/reset} by resetting them first. */
    private void serve(String path, Supplier<Properties> snapshot, Runnable reset) {
        server.createContext(path, exchange -> respond(exchange, snapshot));
        server.createContext(
                path + "/reset",
                exchange -> respond(exchange, () -> {
                    reset.run();
                    return snapshot.get();
                }));
    }

    private void writeReadyFile() throws IOException {
        Properties ready = new Properties();
        ready.setProperty("app.port", environment.getProperty("local.server.port", "-1"));
        ready.setProperty("probe.port", String.valueOf(server.getAddress().getPort()));
        ready.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        Path file = Path.of(environment.getRequiredProperty("lab.probe.ready-file"));
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            ready.store(out, "written by the lab probe when the kata was ready");
        }
        // Atomic, so the grader never reads half a file.
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void respond(HttpExchange exchange, Supplier<Properties> body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        body.get().store(bytes, null);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=ISO-8859-1");
        exchange.sendResponseHeaders(200, bytes.size());
        try (OutputStream out = exchange.getResponseBody()) {
            bytes.writeTo(out);
        }
    }

    @Override
    public void destroy() {
        if (server != null) {
            server.stop(0);
        }
    }
}
