package lab.grader.model;

import java.sql.Connection;
import java.util.random.RandomGenerator;

/**
 * Give seeding code a connection to the kata's database and a generator from the run's seed, so the same
 * {@code -Dlab.seed} gives the same data.
 */
public record SeedContext(Connection connection, RandomGenerator random, long seed) {}
