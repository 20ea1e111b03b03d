package lab.grader.katas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a kata README says about grading, read from its sections: the task table's points, the "How it is graded"
 * bullets ({@code **Task 2 · `statements-constant` · 4 points.**}), and how many hints each task's ladder has.
 */
record KataReadme(Map<Integer, Integer> taskPoints, List<GradedCheck> graded, Map<Integer, Integer> hintCounts) {

    /** One bullet of "How it is graded". */
    record GradedCheck(int task, String id, int points) {}

    private static final Pattern GRADED =
            Pattern.compile("^- \\*\\*Task (\\d+) · `([a-z0-9-]+)` · (\\d+) points?\\.\\*\\*", Pattern.MULTILINE);
    private static final Pattern HINT_TASK = Pattern.compile("^\\*\\*Task (\\d+)\\b.*\\*\\*", Pattern.MULTILINE);
    private static final Pattern HINT = Pattern.compile("^(\\d+)\\. ", Pattern.MULTILINE);

    static KataReadme read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KataReadme(
                taskPoints(section(text, "Tasks")),
                graded(section(text, "How it is graded")),
                hintCounts(section(text, "Hints")));
    }

    static String section(String text, String heading) {
        int start = text.indexOf("\n## " + heading + "\n");
        if (start < 0) {
            return "";
        }
        int end = text.indexOf("\n## ", start + heading.length() + 4);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    // The task table has a "#" column and a "Points" column, in whichever order the README puts them.
    private static Map<Integer, Integer> taskPoints(String section) {
        Map<Integer, Integer> points = new LinkedHashMap<>();
        int number = -1;
        int pointsColumn = -1;
        for (String line : section.lines().toList()) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (number < 0) {
                number = cells.indexOf("#");
                pointsColumn = cells.indexOf("Points");
                continue;
            }
            if (cells.size() > Math.max(number, pointsColumn)
                    && cells.get(number).matches("\\d+")) {
                points.put(
                        Integer.parseInt(cells.get(number)),
                        Integer.parseInt(cells.get(pointsColumn).replaceAll("\\D", "")));
            }
        }
        return points;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1).split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    // Bullets ("- **Task 2 · `id` · 4 points.**"), or a table with "#", "Check" and "Points" columns.
    private static List<GradedCheck> graded(String section) {
        List<GradedCheck> checks = new ArrayList<>();
        Matcher matcher = GRADED.matcher(section);
        while (matcher.find()) {
            checks.add(new GradedCheck(
                    Integer.parseInt(matcher.group(1)), matcher.group(2), Integer.parseInt(matcher.group(3))));
        }
        int number = -1;
        int check = -1;
        int points = -1;
        for (String line : section.lines().toList()) {
            if (!line.startsWith("|")) {
                number = -1;
                continue;
            }
            List<String> cells = cells(line);
            if (number < 0) {
                number = cells.indexOf("#");
                check = cells.indexOf("Check");
                points = cells.indexOf("Points");
                if (check < 0 || points < 0) {
                    number = -1;
                }
                continue;
            }
            if (cells.size() > Math.max(number, Math.max(check, points))
                    && cells.get(number).matches("\\d+")) {
                checks.add(new GradedCheck(
                        Integer.parseInt(cells.get(number)),
                        cells.get(check).replace("`", ""),
                        Integer.parseInt(cells.get(points).replaceAll("\\D", ""))));
            }
        }
        return checks;
    }

    // Under each "**Task N: ...**" heading, the numbered hints up to the next task's heading.
    private static Map<Integer, Integer> hintCounts(String section) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Matcher task = HINT_TASK.matcher(section);
        List<int[]> starts = new ArrayList<>();
        while (task.find()) {
            starts.add(new int[] {Integer.parseInt(task.group(1)), task.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[1] : section.length();
            Matcher hint = HINT.matcher(section.substring(starts.get(i)[1], end));
            int highest = 0;
            while (hint.find()) {
                highest = Math.max(highest, Integer.parseInt(hint.group(1)));
            }
            counts.put(starts.get(i)[0], highest);
        }
        return counts;
    }
}
