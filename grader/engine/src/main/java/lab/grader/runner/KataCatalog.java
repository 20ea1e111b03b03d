package lab.grader.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Find the katas of a tree and pick those that {@code -Dkata=} names. */
public final class KataCatalog {

    private KataCatalog() {}

    public static List<KataSource> find(Path root, String tree, List<String> filter) {
        Path treeDir = root.resolve(tree);
        List<KataSource> all;
        try (Stream<Path> dirs = Files.list(treeDir)) {
            all = dirs.filter(dir -> dir.getFileName().toString().matches("\\d\\d-[a-z0-9-]+"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .sorted()
                    .map(dir -> KataSource.of(tree, dir))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No kata folder at " + treeDir, e);
        }
        if (filter.isEmpty()) {
            return all;
        }
        List<KataSource> chosen = new ArrayList<>();
        for (String wanted : filter) {
            List<KataSource> matches =
                    all.stream().filter(kata -> matches(kata, wanted)).toList();
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("-Dkata=" + wanted + " names no kata in " + tree + "/. Use a slug, "
                        + "a number or a folder name: "
                        + String.join(", ", all.stream().map(KataSource::id).toList()));
            }
            matches.stream().filter(kata -> !chosen.contains(kata)).forEach(chosen::add);
        }
        return chosen;
    }

    static boolean matches(KataSource kata, String wanted) {
        String w = wanted.strip().toLowerCase();
        return w.equals(kata.id())
                || w.equals(kata.slug())
                || w.equals(kata.number())
                || (w.matches("\\d{1,9}") && Integer.parseInt(w) == Integer.parseInt(kata.number()));
    }
}
