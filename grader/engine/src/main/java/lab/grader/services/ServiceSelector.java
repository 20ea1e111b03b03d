package lab.grader.services;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Choose where PostgreSQL and Redis come from: external URLs when given, else Docker when an engine answers and
 * already holds both images, else embedded servers. An explicit mode that cannot work fails with what to do
 * instead.
 */
public final class ServiceSelector {

    static final String POSTGRES_URL = "LAB_POSTGRES_URL";
    static final String REDIS_URL = "LAB_REDIS_URL";

    private final Map<String, String> environment;
    private final BooleanSupplier dockerAnswers;
    private final Supplier<List<String>> missingDockerImages;

    /**
     * @param dockerAnswers whether a Docker engine answers
     * @param missingDockerImages the images docker mode needs that the engine does not hold yet; asked only in auto
     *     mode, once an engine answered
     */
    public ServiceSelector(
            Map<String, String> environment,
            BooleanSupplier dockerAnswers,
            Supplier<List<String>> missingDockerImages) {
        this.environment = environment;
        this.dockerAnswers = dockerAnswers;
        this.missingDockerImages = missingDockerImages;
    }

    public ServiceChoice choose(ServiceMode requested) {
        boolean postgresUrl = isSet(POSTGRES_URL);
        boolean redisUrl = isSet(REDIS_URL);
        if (postgresUrl != redisUrl) {
            String missing = postgresUrl ? REDIS_URL : POSTGRES_URL;
            String present = postgresUrl ? POSTGRES_URL : REDIS_URL;
            throw new IllegalStateException(present + " is set but " + missing + " is not. External mode needs both, "
                    + "e.g. LAB_POSTGRES_URL=postgresql://lab:lab@localhost:5432/lab "
                    + "LAB_REDIS_URL=redis://localhost:6379/0; unset " + present + " to use another mode.");
        }
        return switch (requested) {
            case EXTERNAL -> {
                if (!postgresUrl) {
                    throw new IllegalStateException("-Dlab.services=external needs LAB_POSTGRES_URL and LAB_REDIS_URL, "
                            + "e.g. LAB_POSTGRES_URL=postgresql://lab:lab@localhost:5432/lab "
                            + "LAB_REDIS_URL=redis://localhost:6379/0 (the docker-compose stack of this repository).");
                }
                yield new ServiceChoice(ServiceMode.EXTERNAL, "requested with -Dlab.services=external");
            }
            case DOCKER -> {
                if (!dockerAnswers.getAsBoolean()) {
                    throw new IllegalStateException(
                            "-Dlab.services=docker, but no Docker engine answered. Start Docker "
                                    + "(docker info should succeed), or grade with -Dlab.services=embedded, which needs no Docker.");
                }
                yield new ServiceChoice(ServiceMode.DOCKER, "requested with -Dlab.services=docker");
            }
            case EMBEDDED -> new ServiceChoice(ServiceMode.EMBEDDED, "requested with -Dlab.services=embedded");
            case AUTO -> {
                if (postgresUrl) {
                    yield new ServiceChoice(ServiceMode.EXTERNAL, POSTGRES_URL + " and " + REDIS_URL + " are set");
                }
                if (dockerAnswers.getAsBoolean()) {
                    List<String> missing = missingDockerImages.get();
                    if (!missing.isEmpty()) {
                        // Auto never pulls: without a registry a pull retries for minutes before it fails.
                        yield new ServiceChoice(
                                ServiceMode.EMBEDDED,
                                "a Docker engine answered, but it does not hold " + String.join(" and ", missing)
                                        + " yet; auto mode never pulls, -Dlab.services=docker does");
                    }
                    yield new ServiceChoice(ServiceMode.DOCKER, "a Docker engine answered and holds the images");
                }
                yield new ServiceChoice(
                        ServiceMode.EMBEDDED,
                        "no Docker engine answered and " + POSTGRES_URL + "/" + REDIS_URL + " are not set");
            }
        };
    }

    private boolean isSet(String name) {
        String value = environment.get(name);
        return value != null && !value.isBlank();
    }
}
