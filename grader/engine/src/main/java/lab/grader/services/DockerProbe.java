package lab.grader.services;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions the grader asks a Docker engine before Testcontainers may touch it, each answered in seconds.
 * {@link #engine} asks the real one; tests of the provisioner answer for it.
 */
interface DockerProbe {

    /** Whether an engine answers at all. */
    boolean answers();

    /** The images of {@code images} that the engine does not hold yet, in order. */
    List<String> missingImages(List<String> images);

    /** Pull one image, once: empty when it arrived, else why not. */
    Optional<String> pull(String image);

    /** The engine at {@code DOCKER_HOST}, else at the usual socket paths. */
    static DockerProbe engine(Map<String, String> environment) {
        return new DockerProbe() {
            @Override
            public boolean answers() {
                return DockerEngine.answers(environment);
            }

            @Override
            public List<String> missingImages(List<String> images) {
                return DockerEngine.missingImages(environment, images);
            }

            @Override
            public Optional<String> pull(String image) {
                return DockerEngine.pull(environment, image, DockerEngine.PULL_FIRST_ANSWER, DockerEngine.PULL_QUIET);
            }
        };
    }
}
