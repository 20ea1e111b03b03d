package lab.grader.report;

/** Which services graded a run, without passwords. */
public record ServicesInfo(String mode, String reason, String postgres, String redis, long startMs) {}
