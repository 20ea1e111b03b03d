package lab.batchwrites;

/** The answer to an import: how many payment rows the file held, counting those that were already stored. */
record ImportSummary(long rows) {}
