package lab.grader;

/** The grader's one voice on the console: every line it prints starts with {@code [lab]}. */
final class Console {

    private Console() {}

    static void say(String line) {
        System.out.println("[lab] " + line);
        System.out.flush();
    }

    static void warn(String line) {
        say("WARNING: " + line);
    }
}
