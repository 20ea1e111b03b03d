package lab.grader.services;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/** Provide the run's services in the mode chosen, once per grading run. */
public final class ServiceProvisioner {

    /**
     * The environment variable that keeps Testcontainers from starting its Ryuk container; Testcontainers reads it
     * from the process environment only (no system property, no classpath file), so the grader's pom sets it for
     * the test JVMs, and docker mode refuses to start without it.
     */
    static final String RYUK_DISABLED = "TESTCONTAINERS_RYUK_DISABLED";

    private ServiceProvisioner() {}

    /** @param environment the grader JVM's environment, {@link System#getenv()}: Testcontainers reads the same */
    public static LabServices provision(ServiceMode requested, Map<String, String> environment, Properties properties) {
        return provision(requested, environment, properties, DockerProbe.engine(environment), ServiceStarter.REAL);
    }

    static LabServices provision(
            ServiceMode requested,
            Map<String, String> environment,
            Properties properties,
            DockerProbe docker,
            ServiceStarter start) {
        DockerImages images = DockerImages.from(properties);
        ServiceChoice choice = new ServiceSelector(
                        environment, docker::answers, () -> docker.missingImages(images.names()))
                .choose(requested);
        return switch (choice.mode()) {
            case EXTERNAL ->
                start.external(
                        environment.get(ServiceSelector.POSTGRES_URL),
                        environment.get(ServiceSelector.REDIS_URL),
                        choice.reason());
            case DOCKER -> startDocker(requested, environment, docker, start, images, choice.reason());
            case EMBEDDED -> start.embedded(choice.reason());
            case AUTO -> throw new IllegalStateException("The selector never answers auto");
        };
    }

    // In auto mode an engine that answers but cannot start the containers (no registry, no disk) is no reason
    // to stop: embedded servers need neither. When docker mode was asked for, the failure is the answer.
    private static LabServices startDocker(
            ServiceMode requested,
            Map<String, String> environment,
            DockerProbe docker,
            ServiceStarter start,
            DockerImages images,
            String reason) {
        try {
            requireRyukDisabled(environment);
            if (requested == ServiceMode.DOCKER) {
                pullMissing(docker, images);
            }
            return start.docker(images, reason);
        } catch (RuntimeException e) {
            if (requested != ServiceMode.AUTO) {
                throw e;
            }
            System.out.println("[lab] WARNING: " + e.getMessage());
            return start.embedded(
                    "a Docker engine answered, but docker mode did not start (see the warning above); fell back to"
                            + " embedded servers");
        }
    }

    // Testcontainers would otherwise start Ryuk first, and where no registry answers, retry pulling its image for
    // minutes. The grader stops its own containers, so it never needs Ryuk.
    private static void requireRyukDisabled(Map<String, String> environment) {
        // Read as Testcontainers reads it: Boolean.parseBoolean(System.getenv(...)).
        if (!Boolean.parseBoolean(environment.get(RYUK_DISABLED))) {
            throw new IllegalStateException("Docker mode needs " + RYUK_DISABLED + "=true in the grader's environment, "
                    + "so that Testcontainers does not start its Ryuk container (the grader stops its own containers; "
                    + "Ryuk's image would have to be pulled). ./mvnw sets it for the grading JVM: run the grader with "
                    + "./mvnw from the repository root, or set " + RYUK_DISABLED + "=true yourself.");
        }
    }

    // Explicit docker mode pulls what the engine lacks, once per image and without Testcontainers' minutes of
    // retries; the first failure ends the run with what to do (decision 0011).
    private static void pullMissing(DockerProbe docker, DockerImages images) {
        List<String> missing = docker.missingImages(images.names());
        for (String image : missing) {
            System.out.println("[lab] Pulling " + image + " for docker mode (requested with -Dlab.services=docker;"
                    + " the Docker engine does not hold it yet) ...");
            System.out.flush();
            long begin = System.nanoTime();
            Optional<String> failure = docker.pull(image);
            if (failure.isPresent()) {
                throw new IllegalStateException(cannotPull(images, missing, image, failure.get()));
            }
            System.out.println(
                    String.format(Locale.ROOT, "[lab] Pulled %s in %.1f s", image, (System.nanoTime() - begin) / 1e9));
        }
        List<String> stillMissing = docker.missingImages(images.names());
        if (!stillMissing.isEmpty()) {
            throw new IllegalStateException(
                    cannotPull(images, stillMissing, stillMissing.getFirst(), "the engine still does not hold it"));
        }
    }

    static String cannotPull(DockerImages images, List<String> missing, String image, String why) {
        return "-Dlab.services=docker, but the Docker engine does not hold " + String.join(" and ", missing)
                + ", and pulling " + image + " failed: " + why + ". Pull the images where a registry answers ("
                + missing.stream().map(name -> "docker pull " + name).collect(Collectors.joining("; "))
                + "), or take them from a registry mirror: -D" + DockerImages.POSTGRES_IMAGE_PROPERTY + "=<mirror>/"
                + images.names().get(0) + " -D" + DockerImages.REDIS_IMAGE_PROPERTY + "=<mirror>/"
                + images.names().get(1) + "; or grade with -Dlab.services=embedded, which needs no Docker.";
    }
}
