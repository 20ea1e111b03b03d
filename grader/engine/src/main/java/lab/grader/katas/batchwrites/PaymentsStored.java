package lab.grader.katas.batchwrites;

import static lab.grader.katas.batchwrites.Imports.ENDPOINT;

import io.restassured.response.Response;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lab.grader.katas.batchwrites.PaymentTable.Stored;
import lab.grader.kit.ProblemDetails;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import tools.jackson.databind.JsonNode;

/** A file of several hundred payments is stored field for field; a file with its columns reordered is refused. */
final class PaymentsStored implements CheckBody<BatchWritesData> {

    @Override
    public Verdict run(KataRun kata, BatchWritesData data) throws Exception {
        RandomGenerator random = kata.random();
        SettlementFiles files = new SettlementFiles(random);
        // An odd number of rows: no batch size divides it, so a last batch left unsent shows.
        SettlementFile file = files.next('C', 601 + 2 * random.nextInt(150));
        JsonNode answer = Imports.importFile(kata, file.csv(), file.rows() + " rows");
        if (answer.path("rows").asLong(-1) != file.rows()) {
            throw Feedback.check(ENDPOINT + " with a file of " + file.rows() + " payments should say how many rows it"
                            + " read.")
                    .expected("{\"rows\": " + file.rows() + "}")
                    .actual(Text.quote(answer.toString()))
                    .cause("the header or an empty last line is counted, or the answer is built before every row is"
                            + " read")
                    .next("return new ImportSummary(<data rows read>) from PaymentImporter")
                    .failure();
        }
        Optional<String> difference =
                PaymentDifferences.firstDifference(file, PaymentTable.rows(kata.database(), file.prefix()));
        if (difference.isPresent()) {
            throw Feedback.check(ENDPOINT + " with a file of " + file.rows() + " payments should store each of them"
                            + " once, exactly as the file has it.")
                    .expected(file.rows() + " rows whose references start with " + file.prefix() + ", e.g. "
                            + file.lines().getFirst().describe())
                    .actual(difference.get())
                    .cause("a column is mapped to the wrong field, rounded, or decoded with the wrong character set"
                            + " (the body is UTF-8); or rows are lost or repeated between batches")
                    .next("compare PaymentFile.parse and PaymentRepository.insert with the schema in"
                            + " src/main/resources/db/migration")
                    .hint(2)
                    .failure(Map.of("rows", file.rows()));
        }
        SettlementFile reordered = files.next('H', 20);
        String header = "booked_on,reference,account,amount,description";
        Response rejected = Imports.post(kata, reordered.csvWithHeader(header));
        ProblemDetails.expect(400)
                .namingLine(1)
                .check(
                        rejected,
                        ENDPOINT + " with the header " + header,
                        "its columns are in another order than " + SettlementFile.HEADER,
                        "check the header in PaymentFile.checkHeader before reading rows");
        Stored stored = PaymentTable.stored(kata.database(), reordered.prefix());
        if (stored.rows() > 0) {
            throw Feedback.check(ENDPOINT + " with a wrong header should store nothing.")
                    .expected("0 rows with references starting with " + reordered.prefix())
                    .actual(stored.describe())
                    .cause("rows are stored before the header is checked")
                    .next("check the header first, in PaymentImporter, before any row is stored")
                    .failure();
        }
        return Verdict.pass(Map.of("rows", file.rows()));
    }
}
