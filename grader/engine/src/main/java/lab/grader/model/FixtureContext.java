package lab.grader.model;

import java.nio.file.Path;
import java.util.random.RandomGenerator;

/**
 * What a fixture may use while it starts: the run's seed, a generator from it, and a folder of its own for files
 * and logs.
 */
public record FixtureContext(long seed, RandomGenerator random, Path workDirectory) {}
