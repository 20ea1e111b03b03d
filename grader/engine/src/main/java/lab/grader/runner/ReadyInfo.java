package lab.grader.runner;

/** Where a started kata listens: its own HTTP port and the probe's. */
public record ReadyInfo(int appPort, int probePort, long pid) {}
