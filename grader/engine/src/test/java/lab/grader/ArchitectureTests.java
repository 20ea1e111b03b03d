package lab.grader;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keep the grader split by responsibility, as docs/house-style.md lays it out, so each folder can be read alone. */
class ArchitectureTests {

    private static final JavaClasses GRADER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("lab.grader");

    @Test
    void services_depend_on_nothing_else_of_the_grader() {
        classes()
                .that()
                .resideInAPackage("lab.grader.services..")
                .should()
                .onlyDependOnClassesThat(
                        resideOutsideOfPackage("lab.grader..").or(resideInAPackage("lab.grader.services..")))
                .because("provisioning PostgreSQL and Redis must work, and be testable, without katas, probes or"
                        + " reports")
                .check(GRADER);
    }

    @Test
    void the_runner_does_not_depend_on_checks_report_or_services() {
        noClasses()
                .that()
                .resideInAPackage("lab.grader.runner..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "lab.grader.model..",
                        "lab.grader.kit..",
                        "lab.grader.katas..",
                        "lab.grader.report..",
                        "lab.grader.services..")
                .because("the runner compiles and starts kata processes; what they are graded on and where their"
                        + " services come from are passed in")
                .check(GRADER);
    }

    @Test
    void probes_do_not_depend_on_checks_or_report() {
        noClasses()
                .that()
                .resideInAPackage("lab.grader.probes..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "lab.grader.model..", "lab.grader.kit..", "lab.grader.katas..", "lab.grader.report..")
                .because("probes measure; deciding pass or fail and scoring belong to checks and report")
                .check(GRADER);
    }

    @Test
    void the_report_depends_on_no_other_part_of_the_grader() {
        noClasses()
                .that()
                .resideInAPackage("lab.grader.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "lab.grader.services..",
                        "lab.grader.runner..",
                        "lab.grader.probes..",
                        "lab.grader.model..",
                        "lab.grader.kit..",
                        "lab.grader.katas..")
                .because("the report is plain values that tools read back from report.json")
                .check(GRADER);
    }

    @Test
    void the_model_knows_neither_the_kit_nor_any_kata_nor_how_results_are_reported() {
        noClasses()
                .that()
                .resideInAPackage("lab.grader.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "lab.grader.kit..", "lab.grader.katas..", "lab.grader.report..", "lab.grader.runner..")
                .because("the model is what a kata author implements and what a check receives; it is the bottom"
                        + " layer the kit and the katas build on")
                .check(GRADER);
    }

    @Test
    void the_kit_never_uses_a_kata() {
        noClasses()
                .that()
                .resideInAPackage("lab.grader.kit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("lab.grader.katas..", "lab.grader.report..", "lab.grader.runner..")
                .because("the kit holds kata-agnostic rules that every kata uses; a rule that needs a kata belongs"
                        + " to that kata")
                .check(GRADER);
    }

    @Test
    void fixtures_know_only_the_model() {
        noClasses()
                .that()
                .resideInAPackage("lab.grader.fixtures..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "lab.grader",
                        "lab.grader.kit..",
                        "lab.grader.katas..",
                        "lab.grader.report..",
                        "lab.grader.runner..")
                .because("a fixture kind is a KataFixture any kata can declare; the engine starts and closes it"
                        + " without knowing what it is")
                .check(GRADER);
    }

    @Test
    void katas_use_the_model_and_the_kit_not_the_engine() {
        noClasses()
                .that()
                .resideInAPackage("lab.grader.katas..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("lab.grader", "lab.grader.report..", "lab.grader.runner..")
                .because("a kata's grading sees the kata through KataRun; how it is started and reported is the"
                        + " engine's business")
                .check(GRADER);
    }

    @Test
    void kata_packages_do_not_depend_on_each_other() {
        slices().matching("lab.grader.katas.(*)..")
                .should()
                .notDependOnEachOther()
                .because("each kata's grading stands alone, so a kata can be added, renumbered or removed by itself")
                .check(GRADER);
    }

    @Test
    void the_grader_packages_are_free_of_cycles() {
        slices().matching("lab.grader.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                        "services, runner, probes, model, kit, katas and report are layers a reader can take one at a time")
                .check(GRADER);
    }

    @Test
    void nothing_depends_on_the_self_check() {
        noClasses()
                .that()
                .resideInAPackage("lab.grader..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lab.grader.selfcheck..")
                .because("the self-check is test code; grading a learner must not need it")
                .check(GRADER);
    }
}
