package lab.grader.services;

import java.util.List;
import java.util.Properties;
import org.testcontainers.utility.DockerImageName;

/**
 * Name the images of docker mode: exact tags by default, each overridable with a property for a registry mirror
 * or a locally built stand-in, declared as a compatible substitute so Testcontainers accepts it.
 */
public record DockerImages(DockerImageName postgres, DockerImageName redis) {

    public static final String POSTGRES_IMAGE_PROPERTY = "lab.postgres.image";
    public static final String REDIS_IMAGE_PROPERTY = "lab.redis.image";
    static final String DEFAULT_POSTGRES = "postgres:17.6-alpine";
    static final String DEFAULT_REDIS = "redis:7.4.5-alpine";

    /** The image names as the engine knows them, e.g. {@code postgres:17.6-alpine}. */
    public List<String> names() {
        return List.of(postgres.asCanonicalNameString(), redis.asCanonicalNameString());
    }

    public static DockerImages from(Properties properties) {
        return new DockerImages(
                DockerImageName.parse(properties.getProperty(POSTGRES_IMAGE_PROPERTY, DEFAULT_POSTGRES))
                        .asCompatibleSubstituteFor("postgres"),
                DockerImageName.parse(properties.getProperty(REDIS_IMAGE_PROPERTY, DEFAULT_REDIS))
                        .asCompatibleSubstituteFor("redis"));
    }
}
