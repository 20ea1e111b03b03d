package lab.grader.katas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lab.grader.LabSettings;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keep what must agree about each kata in agreement, without starting anything: the folders and main classes, the
 * check ids, tasks and points, {@code starterFails} and the known-bad submissions' targets, the kata README's task
 * table and "How it is graded", its hint ladders and the hints checks point at, and the root README's kata table and
 * totals.
 */
class KataConsistencyTests {

    private static final Path ROOT = LabSettings.from(System.getProperties()).root();
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern HINT_CALL = Pattern.compile("\\.hint\\((\\d+)\\)");

    @TestFactory
    Stream<DynamicNode> every_kata_agrees_with_its_folders_readme_and_submissions() {
        return Gradings.all().stream()
                .map(grading -> dynamicContainer(
                        grading.definition().id(),
                        Stream.of(
                                dynamicTest("its folders hold the main class", () -> foldersHoldTheMainClass(grading)),
                                dynamicTest(
                                        "its check ids are unique kebab-case and its tasks run 1..N",
                                        () -> idsAndTasks(grading)),
                                dynamicTest(
                                        "starterFails and every fails-check.txt name its checks",
                                        () -> targetsExist(grading)),
                                dynamicTest(
                                        "its README's task table and grading section match the checks",
                                        () -> readmeMatches(grading)),
                                dynamicTest("every hint a check points at is in its README", () -> hintsExist(grading)),
                                dynamicTest(
                                        "each check is in a file named after its id", () -> oneFilePerCheck(grading)),
                                dynamicTest(
                                        "no check spells out a README path or task; the engine renders them",
                                        () -> noHandWrittenReadmeReferences(grading)))));
    }

    private static void foldersHoldTheMainClass(KataGrading<?> grading) throws IOException {
        KataDefinition kata = grading.definition();
        String mainSource = "src/main/java/" + kata.mainClass().replace('.', '/') + ".java";
        for (String tree : List.of("exercises", "solutions")) {
            Path folder = ROOT.resolve(tree).resolve(kata.id());
            assertThat(folder.resolve(mainSource))
                    .as("%s/%s holds the main class %s", tree, kata.id(), kata.mainClass())
                    .isRegularFile();
            assertThat(folder.resolve("README.md"))
                    .as("%s/%s has a README.md", tree, kata.id())
                    .isRegularFile();
            assertThat(Files.readString(ROOT.resolve(tree).resolve("pom.xml")))
                    .as("%s/pom.xml lists the kata as a module, so Maven resolves its dependencies", tree)
                    .contains("<module>" + kata.id() + "</module>");
            assertThat(Files.readString(folder.resolve("pom.xml")))
                    .as("the parent of %s/%s/pom.xml is the %s aggregator", tree, kata.id(), tree)
                    .containsPattern("(?s)<parent>.*<artifactId>" + tree + "</artifactId>.*</parent>");
        }
        assertThat(kata.mainClass())
                .as("the main class of %s is in the kata's package", kata.id())
                .startsWith(kata.javaPackage() + ".");
        assertThat(ROOT.resolve(kata.readme())).as("README of %s", kata.id()).isRegularFile();
    }

    private static void idsAndTasks(KataGrading<?> grading) {
        List<String> ids = grading.checks().stream().map(Check::id).toList();
        assertThat(ids).as("check ids of %s", grading.definition().id()).doesNotHaveDuplicates();
        assertThat(ids)
                .as("check ids of %s are kebab-case", grading.definition().id())
                .allMatch(id -> KEBAB.matcher(id).matches());
        Set<Integer> tasks = new TreeSet<>();
        grading.checks().forEach(check -> tasks.add(check.task()));
        List<Integer> expected = new ArrayList<>();
        for (int task = 1; task <= tasks.size(); task++) {
            expected.add(task);
        }
        assertThat(new ArrayList<>(tasks))
                .as("tasks of %s", grading.definition().id())
                .isEqualTo(expected);
        assertThat(grading.checks())
                .as("every check of %s is worth points", grading.definition().id())
                .allMatch(check -> check.points() > 0);
    }

    private static void targetsExist(KataGrading<?> grading) throws IOException {
        KataDefinition kata = grading.definition();
        Set<String> ids = ids(grading);
        assertThat(ids).as("checks of %s named in starterFails", kata.id()).containsAll(kata.starterFails());
        if (!kata.crashesByDesignIn().isEmpty()) {
            assertThat(ids).as("crashesByDesignIn of %s", kata.id()).contains(kata.crashesByDesignIn());
        }
        Path submissions = ROOT.resolve("grader/engine/src/test/submissions").resolve(kata.id());
        assertThat(submissions).as("known-bad submissions of %s", kata.id()).isDirectory();
        try (Stream<Path> variants = Files.list(submissions)) {
            for (Path variant : variants.filter(Files::isDirectory).toList()) {
                Path target = variant.resolve("fails-check.txt");
                assertThat(target).as("%s names its target check", variant).isRegularFile();
                assertThat(Files.readString(target).strip())
                        .as("the check %s must fail", ROOT.relativize(variant))
                        .isIn(ids);
            }
        }
    }

    private static void readmeMatches(KataGrading<?> grading) {
        KataDefinition kata = grading.definition();
        KataReadme readme = KataReadme.read(ROOT.resolve(kata.readme()));
        Map<Integer, Integer> pointsPerTask = new TreeMap<>();
        grading.checks().forEach(check -> pointsPerTask.merge(check.task(), check.points(), Integer::sum));
        assertThat(new TreeMap<>(readme.taskPoints()))
                .as("points per task in the task table of %s", kata.readme())
                .isEqualTo(pointsPerTask);
        List<KataReadme.GradedCheck> expected = grading.checks().stream()
                .map(check -> new KataReadme.GradedCheck(check.task(), check.id(), check.points()))
                .toList();
        assertThat(readme.graded())
                .as("\"**Task N · `id` · P points.**\" bullets under \"How it is graded\" in %s", kata.readme())
                .containsExactlyElementsOf(expected);
    }

    private static void hintsExist(KataGrading<?> grading) throws IOException {
        KataDefinition kata = grading.definition();
        KataReadme readme = KataReadme.read(ROOT.resolve(kata.readme()));
        for (Check<?> check : grading.checks()) {
            Path source = packageFolder(grading).resolve(className(check.id()) + ".java");
            if (!Files.exists(source)) {
                continue;
            }
            Matcher hint = HINT_CALL.matcher(Files.readString(source));
            while (hint.find()) {
                int number = Integer.parseInt(hint.group(1));
                assertThat(readme.hintCounts().getOrDefault(check.task(), 0))
                        .as(
                                "hints for task %d in %s, which %s points at with .hint(%d)",
                                check.task(), kata.readme(), source.getFileName(), number)
                        .isGreaterThanOrEqualTo(number);
            }
        }
    }

    private static void oneFilePerCheck(KataGrading<?> grading) {
        for (Check<?> check : grading.checks()) {
            assertThat(packageFolder(grading).resolve(className(check.id()) + ".java"))
                    .as(
                            "the file of check %s of %s",
                            check.id(), grading.definition().id())
                    .isRegularFile();
        }
    }

    private static void noHandWrittenReadmeReferences(KataGrading<?> grading) throws IOException {
        Pattern handWritten = Pattern.compile("README\\.md|\\btask \\d+ of\\b");
        try (Stream<Path> sources = Files.list(packageFolder(grading))) {
            for (Path source : sources.toList()) {
                Matcher matcher = handWritten.matcher(Files.readString(source));
                String found = matcher.find() ? matcher.group() : "";
                assertThat(found)
                        .as(
                                "what %s spells out by hand; name the hint with Feedback.hint(k) and let the engine"
                                        + " point at the task",
                                ROOT.relativize(source))
                        .isEmpty();
            }
        }
    }

    @Test
    void the_root_readme_lists_every_kata_with_its_points_and_the_starters_total() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Map<String, Integer> listed = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("\\[(\\d\\d-[a-z0-9-]+)]\\(exercises/\\1/README\\.md\\)[^·|]*?(\\d+) pts")
                .matcher(readme);
        while (entry.find()) {
            listed.put(entry.group(1), Integer.parseInt(entry.group(2)));
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        int max = 0;
        int starter = 0;
        for (KataGrading<?> grading : Gradings.all()) {
            int points = grading.checks().stream().mapToInt(Check::points).sum();
            expected.put(grading.definition().id(), points);
            max += points;
            starter += starterScore(grading);
        }
        assertThat(listed).as("katas and points in the kata table of README.md").isEqualTo(expected);
        Matcher total = Pattern.compile("starters score (\\d+) / (\\d+)").matcher(readme);
        assertThat(total.find())
                .as("README.md says what the untouched starters score")
                .isTrue();
        assertThat(total.group(1) + " / " + total.group(2))
                .as("the starters' total in README.md (the maximum less the points of every starterFails)")
                .isEqualTo(starter + " / " + max);
        Matcher run = Pattern.compile("\\[lab] Total (\\d+) / (\\d+) in").matcher(readme);
        while (run.find()) {
            assertThat(run.group(1) + " / " + run.group(2))
                    .as("the starters' total in README.md's example output")
                    .isEqualTo(starter + " / " + max);
        }
        Matcher line = Pattern.compile("\\[lab] exercises/(\\d\\d-[a-z0-9-]+)\\s.*?(\\d+) / (\\d+)")
                .matcher(readme);
        while (line.find()) {
            if (line.group().contains(" passed ")) {
                // No starter passes: a passed line shows a kata after its fix (the watch-mode example).
                continue;
            }
            KataGrading<?> grading = Gradings.forKata(line.group(1));
            assertThat(line.group(2) + " / " + line.group(3))
                    .as("the starter score of %s in README.md's example output", line.group(1))
                    .isEqualTo(starterScore(grading) + " / " + expected.get(line.group(1)));
        }
    }

    @Test
    void every_kata_folder_has_a_grading_and_every_grading_a_folder() throws IOException {
        Set<String> graded = new HashSet<>();
        Gradings.all().forEach(grading -> graded.add(grading.definition().id()));
        for (String tree : List.of("exercises", "solutions", "grader/engine/src/test/submissions")) {
            try (Stream<Path> folders = Files.list(ROOT.resolve(tree))) {
                Set<String> found = new TreeSet<>();
                folders.filter(Files::isDirectory)
                        .map(folder -> folder.getFileName().toString())
                        .filter(name -> name.matches("\\d\\d-.*"))
                        .forEach(found::add);
                assertThat(found).as("kata folders in %s", tree).isEqualTo(new TreeSet<>(graded));
            }
        }
    }

    private static int starterScore(KataGrading<?> grading) {
        return grading.checks().stream()
                .filter(check -> !grading.definition().starterFails().contains(check.id()))
                .mapToInt(Check::points)
                .sum();
    }

    private static Set<String> ids(KataGrading<?> grading) {
        Set<String> ids = new HashSet<>();
        grading.checks().forEach(check -> ids.add(check.id()));
        return ids;
    }

    static Path packageFolder(KataGrading<?> grading) {
        return ROOT.resolve("grader/engine/src/main/java")
                .resolve(grading.getClass().getPackageName().replace('.', '/'));
    }

    /** {@code statements-constant} is checked in {@code StatementsConstant.java}. */
    static String className(String checkId) {
        StringBuilder name = new StringBuilder();
        for (String part : checkId.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
