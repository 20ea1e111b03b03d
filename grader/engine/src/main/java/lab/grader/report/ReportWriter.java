package lab.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Write {@code report.json} for tools and {@code summary.md} for a CI job summary or a pull-request comment. */
public final class ReportWriter {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportWriter() {}

    public static void write(LabReport report, Path directory) {
        try {
            Files.createDirectories(directory);
            JSON.writeValue(directory.resolve("report.json").toFile(), report);
            Files.writeString(directory.resolve("summary.md"), Summary.markdown(report));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the reports to " + directory, e);
        }
    }

    public static LabReport read(Path file) {
        return JSON.readValue(file.toFile(), LabReport.class);
    }
}
