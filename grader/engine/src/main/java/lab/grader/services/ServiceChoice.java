package lab.grader.services;

/** Record which service mode a run uses and why, as the console and the report say it. */
public record ServiceChoice(ServiceMode mode, String reason) {}
