package lab.grader.services;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Use a PostgreSQL and a Redis that someone else runs (docker compose, CI service containers, a teacher's server).
 * The lab creates and drops databases of its own there and flushes only the Redis database named in the URL.
 */
final class ExternalServices implements LabServices {

    private final PostgresEndpoint postgres;
    private final RedisEndpoint redis;
    private final String reason;

    ExternalServices(PostgresEndpoint postgres, RedisEndpoint redis, String reason) {
        this.postgres = postgres;
        this.redis = redis;
        this.reason = reason;
    }

    static ExternalServices connect(String postgresUrl, String redisUrl, String reason) {
        ExternalServices services = new ExternalServices(parsePostgres(postgresUrl), parseRedis(redisUrl), reason);
        ServerRequirements.verify(services.postgres(), services.redis());
        return services;
    }

    /** Read {@code postgresql://user:password@host:port/db} or {@code jdbc:postgresql://host:port/db?user=..}. */
    static PostgresEndpoint parsePostgres(String url) {
        URI uri = parse(
                url.strip().replaceFirst("^jdbc:", ""), "LAB_POSTGRES_URL", "postgresql://lab:lab@localhost:5432/lab");
        if (!uri.getScheme().equals("postgresql") && !uri.getScheme().equals("postgres")) {
            throw invalid("LAB_POSTGRES_URL", url, "postgresql://lab:lab@localhost:5432/lab");
        }
        Map<String, String> query = query(uri);
        String[] userInfo = userInfo(uri);
        String user = userInfo[0] != null ? userInfo[0] : query.getOrDefault("user", "postgres");
        String password = userInfo[1] != null ? userInfo[1] : query.getOrDefault("password", "");
        String database = uri.getPath() == null || uri.getPath().length() <= 1
                ? "postgres"
                : uri.getPath().substring(1);
        return new PostgresEndpoint(host(uri), port(uri, 5432), user, password, database);
    }

    /** Read {@code redis://[:password@]host:port[/database]}. */
    static RedisEndpoint parseRedis(String url) {
        URI uri = parse(url.strip(), "LAB_REDIS_URL", "redis://localhost:6379/0");
        if (!uri.getScheme().equals("redis")) {
            throw invalid("LAB_REDIS_URL", url, "redis://localhost:6379/0");
        }
        String path = uri.getPath() == null
                ? ""
                : uri.getPath().replaceFirst("^/", "").replaceFirst("/$", "");
        if (!path.matches("\\d{0,2}")) {
            throw invalid("LAB_REDIS_URL", url, "redis://localhost:6379/0");
        }
        String password = userInfo(uri)[1];
        return new RedisEndpoint(
                host(uri),
                port(uri, 6379),
                path.isEmpty() ? 0 : Integer.parseInt(path),
                password == null ? "" : password);
    }

    private static URI parse(String url, String variable, String example) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                throw invalid(variable, url, example);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw invalid(variable, url, example);
        }
    }

    // java.net.URI leaves the host empty for names it finds invalid, such as docker compose's "lab_postgres":
    // read host and port from the authority then.
    private static String host(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String hostPort = uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1);
        return hostPort.contains(":") ? hostPort.substring(0, hostPort.lastIndexOf(':')) : hostPort;
    }

    private static int port(URI uri, int defaultPort) {
        if (uri.getHost() != null) {
            return uri.getPort() < 0 ? defaultPort : uri.getPort();
        }
        String hostPort = uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? defaultPort : Integer.parseInt(hostPort.substring(colon + 1));
    }

    private static String[] userInfo(URI uri) {
        String raw = uri.getRawUserInfo();
        if (raw == null) {
            return new String[] {null, null};
        }
        int colon = raw.indexOf(':');
        String user = decodeUserInfo(colon < 0 ? raw : raw.substring(0, colon));
        String password = colon < 0 ? null : decodeUserInfo(raw.substring(colon + 1));
        return new String[] {user.isEmpty() ? null : user, password};
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
                }
            }
        }
        return values;
    }

    // In the user-info part a '+' is a plus, not a space as in a query string.
    private static String decodeUserInfo(String value) {
        return decode(value.replace("+", "%2B"));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String variable, String url, String example) {
        return new IllegalArgumentException(
                variable + "=" + url + " is not a URL the lab understands; write it like " + example);
    }

    @Override
    public ServiceMode mode() {
        return ServiceMode.EXTERNAL;
    }

    @Override
    public String reason() {
        return reason;
    }

    @Override
    public PostgresEndpoint postgres() {
        return postgres;
    }

    @Override
    public RedisEndpoint redis() {
        return redis;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
