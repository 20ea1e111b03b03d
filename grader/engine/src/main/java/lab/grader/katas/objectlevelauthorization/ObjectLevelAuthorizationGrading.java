package lab.grader.katas.objectlevelauthorization;

import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 15-object-level-authorization by acting as a member of one company against another's invoices: reads,
 * lists with filter tricks, writes, an existence oracle, bodies that carry the server's own fields, internal notes in
 * answers and the back office. Authentication works in the starter; what it lacks is authorization per object.
 */
public final class ObjectLevelAuthorizationGrading implements KataGrading<InvoicingData> {

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "15-object-level-authorization",
                "security",
                "Object-level authorization",
                "lab.objectlevelauthorization.InvoicingApplication",
                1,
                KataDefinition.DEFAULT_JVM_OPTIONS,
                Set.of(
                        "no-cross-tenant-reads",
                        "no-cross-tenant-writes",
                        "no-existence-oracle",
                        "server-owned-fields",
                        "no-excessive-exposure"));
    }

    @Override
    public InvoicingData seed(SeedContext context) throws Exception {
        return InvoicingSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<InvoicingData>> checks() {
        return List.of(
                new Check<>(
                        "own-invoices-work",
                        1,
                        "A company's own invoices, profile and the back office work",
                        2,
                        new OwnInvoicesWork()),
                new Check<>(
                        "no-cross-tenant-reads",
                        2,
                        "No invoice of another company can be read or listed",
                        3,
                        new NoCrossTenantReads()),
                new Check<>(
                        "no-cross-tenant-writes",
                        3,
                        "No invoice of another company can be changed, submitted or deleted",
                        3,
                        new NoCrossTenantWrites()),
                new Check<>(
                        "no-existence-oracle",
                        4,
                        "Another company's invoice looks exactly like a missing one",
                        2,
                        new NoExistenceOracle()),
                new Check<>(
                        "server-owned-fields",
                        5,
                        "Owner, tenant, status, total and role never come from the body",
                        2,
                        new ServerOwnedFields()),
                new Check<>(
                        "no-excessive-exposure",
                        6,
                        "No internal notes in answers; the back office is for admins",
                        2,
                        new NoExcessiveExposure()));
    }

    @Override
    public List<String> explorationHints(InvoicingData data, List<String> baseUrls) {
        String base = baseUrls.getFirst();
        String auth = "-H 'Authorization: Bearer " + data.a().first().token() + "' ";
        return List.of(
                "curl -s " + auth + base + "/invoices   (as a member of company A)",
                "curl -s " + auth + base + "/invoices/"
                        + data.of(data.b()).getFirst().id() + "   (one of company B's invoices)",
                "curl -s -H 'Authorization: Bearer " + data.admin().token() + "' " + base
                        + "/admin/invoices   (as the back office's admin)");
    }
}
