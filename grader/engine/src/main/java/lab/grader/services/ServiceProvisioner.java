package lab.grader.services;

import java.util.Map;
import java.util.Properties;

/** Provide the run's services in the mode chosen, once per grading run. */
public final class ServiceProvisioner {

    private ServiceProvisioner() {}

    public static LabServices provision(ServiceMode requested, Map<String, String> environment, Properties properties) {
        ServiceChoice choice =
                new ServiceSelector(environment, () -> DockerEngine.answers(environment)).choose(requested);
        return switch (choice.mode()) {
            case EXTERNAL ->
                ExternalServices.connect(
                        environment.get(ServiceSelector.POSTGRES_URL),
                        environment.get(ServiceSelector.REDIS_URL),
                        choice.reason());
            case DOCKER -> startDocker(requested, properties, choice.reason());
            case EMBEDDED -> EmbeddedServices.start(choice.reason());
            case AUTO -> throw new IllegalStateException("The selector never answers auto");
        };
    }

    // In auto mode an engine that answers but cannot start the containers (no registry, no disk) is no reason
    // to stop: embedded servers need neither. When docker mode was asked for, the failure is the answer.
    private static LabServices startDocker(ServiceMode requested, Properties properties, String reason) {
        try {
            return DockerServices.start(DockerImages.from(properties), reason);
        } catch (RuntimeException e) {
            if (requested != ServiceMode.AUTO) {
                throw e;
            }
            System.out.println("[lab] WARNING: " + e.getMessage());
            return EmbeddedServices.start(
                    "a Docker engine answered, but its containers did not start; fell back to" + " embedded servers");
        }
    }
}
