package lab.grader.kit;

import java.util.random.RandomGenerator;

/**
 * A random word for one run, written into every attack the grader sends: a statement whose SQL text holds it was
 * built from the input (the probe sees the text), whatever the input did. Letters only, so that no quoting or
 * escaping changes it, and long enough that no real statement holds it by chance.
 */
public final class InputMarker {

    private InputMarker() {}

    public static String random(RandomGenerator random) {
        StringBuilder marker = new StringBuilder("qx");
        for (int i = 0; i < 8; i++) {
            marker.append((char) ('a' + random.nextInt(26)));
        }
        return marker.toString();
    }
}
