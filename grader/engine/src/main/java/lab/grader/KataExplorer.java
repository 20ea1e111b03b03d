package lab.grader;

import java.time.Duration;
import java.util.List;
import lab.grader.model.KataGrading;
import lab.grader.runner.CompileOutcome;
import lab.grader.runner.KataCompiler;
import lab.grader.runner.KataSource;
import lab.grader.runner.KataStartFailure;

/** Start one kata on seeded data, prepared exactly as for grading, and keep it running for exploring by hand. */
final class KataExplorer {

    private final RunContext run;

    KataExplorer(RunContext run) {
        this.run = run;
    }

    /** Run until the JVM is stopped (Ctrl-C), or an hour has passed. */
    <D> void explore(KataSource source, KataGrading<D> grading) throws InterruptedException {
        CompileOutcome compiled =
                KataCompiler.compile(source, run.workDirectory(source).resolve("classes"));
        if (!compiled.compiled()) {
            Console.say(source.id() + " does not compile: " + compiled.firstError());
            return;
        }
        try (PreparedKata<D> kata = new PreparedKata<>(run, source, grading, compiled)) {
            kata.start();
            kata.seed();
            describe(kata);
            Console.say("Press Ctrl-C to stop (it stops by itself after an hour).");
            Thread.sleep(Duration.ofHours(1));
        } catch (KataStartFailure failure) {
            Console.say(source.id() + " did not start: " + failure.getMessage() + "\n" + failure.logTail());
        } catch (PreparedKata.PreparationError e) {
            Console.say("Could not start " + source.id() + " for exploring: " + e.getMessage());
        }
    }

    private <D> void describe(PreparedKata<D> kata) {
        List<String> urls = kata.running().instances().stream()
                .map(instance -> instance.baseUri().toString())
                .toList();
        Console.say(kata.source().id() + " is running on seeded data (seed "
                + run.settings().seed() + "):");
        for (int i = 0; i < urls.size(); i++) {
            Console.say("  instance " + KataJvm.instanceName(i) + ": " + urls.get(i) + "   log: "
                    + run.relative(kata.processes().get(i).logFile()));
        }
        var services = run.services();
        Console.say("  PostgreSQL: psql '"
                + services.postgres().jdbcUrl(kata.database()).replaceFirst("^jdbc:", "") + "' -U "
                + services.postgres().user());
        Console.say("  Redis: redis-cli -h " + services.redis().host() + " -p "
                + services.redis().port() + " -n " + services.redis().database());
        kata.grading().explorationHints(kata.data(), urls).forEach(hint -> Console.say("  " + hint));
    }
}
