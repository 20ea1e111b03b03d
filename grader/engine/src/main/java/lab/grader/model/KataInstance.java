package lab.grader.model;

import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.file.Path;
import lab.grader.probes.RequestProbe;
import lab.grader.probes.SqlProbe;
import lab.grader.probes.ThreadProbe;

/** One running process of a kata: its HTTP address and its probe. */
public interface KataInstance {

    /** A, B, ...: how messages name the instance. */
    String name();

    /** Start a request to this instance, with the base URI and timeouts set. */
    RequestSpecification http();

    /** The instance's address, for clients other than rest-assured (e.g. a streamed request body). */
    URI baseUri();

    SqlProbe sql();

    /** The HTTP requests this process received and holds, counted inside it. */
    RequestProbe requests();

    /** The platform threads of this process, counted by its JVM. */
    ThreadProbe threads();

    /** The file the process writes its output to (across restarts): e.g. to look for secrets it logged. */
    Path log();
}
