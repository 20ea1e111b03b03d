package lab.grader.services;

import java.util.Map;
import java.util.Properties;

/** Provide the run's services in the mode chosen, once per grading run. */
public final class ServiceProvisioner {

    private ServiceProvisioner() {
    }

    public static LabServices provision(ServiceMode requested, Map<String, String> environment,
            Properties properties) {
        ServiceChoice choice = new ServiceSelector(environment, () -> DockerEngine.answers(environment))
                .choose(requested);
        return switch (choice.mode()) {
            case EXTERNAL -> ExternalServices.connect(environment.get(ServiceSelector.POSTGRES_URL),
                    environment.get(ServiceSelector.REDIS_URL), choice.reason());
            case DOCKER -> DockerServices.start(DockerImages.from(properties), choice.reason());
            case EMBEDDED -> EmbeddedServices.start(choice.reason());
            case AUTO -> throw new IllegalStateException("The selector never answers auto");
        };
    }
}
