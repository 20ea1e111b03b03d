package lab.grader.katas.apiratelimiting;

/**
 * The run's API keys: each check uses keys of its own, made from a random prefix, so that no check starts from a
 * bucket another one emptied.
 *
 * @param prefix random for the run (from its seed)
 */
record RateLimitData(String prefix) {

    String key(String purpose) {
        return prefix + "-" + purpose;
    }
}
