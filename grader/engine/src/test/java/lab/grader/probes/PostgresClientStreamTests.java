package lab.grader.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresClientStreamTests {

    private static WireCounts read(byte[] bytes, int pieceSize) {
        WireTally tally = new WireTally();
        PostgresClientStream stream = new PostgresClientStream(List.of(tally));
        for (int at = 0; at < bytes.length; at += pieceSize) {
            stream.feed(bytes, at, Math.min(pieceSize, bytes.length - at));
        }
        return tally.counts();
    }

    @Test
    void a_startup_then_an_extended_exchange_and_a_simple_query_are_two_round_trips_on_one_connection() {
        byte[] bytes = new PgMessages()
                .startup()
                .typed('p', 12)
                .extendedExchange()
                .typed('Q', 20)
                .typed('X', 0)
                .bytes();

        assertThat(read(bytes, bytes.length))
                .as("counts of startup, password, P/B/D/E/S, Q, Terminate")
                .isEqualTo(new WireCounts(1, 2, 1, 1, 1, 1, 0, 0, 0));
    }

    @Test
    void pieces_of_any_size_give_the_same_counts_as_the_whole_stream() {
        byte[] bytes = new PgMessages()
                .startup()
                .extendedExchange()
                .extendedExchange()
                .typed('Q', 300)
                .bytes();
        WireCounts whole = read(bytes, bytes.length);

        for (int piece : new int[] {1, 2, 3, 5, 7, 64}) {
            assertThat(read(bytes, piece))
                    .as("counts when the stream arrives %s bytes at a time", piece)
                    .isEqualTo(whole);
        }
    }

    @Test
    void a_batch_is_one_round_trip_per_sync_and_one_execution_per_row() {
        PgMessages batch = new PgMessages().startup().typed('P', 40);
        for (int row = 0; row < 300; row++) {
            batch.typed('B', 24).typed('E', 9);
        }
        batch.typed('S', 0);

        WireCounts counts = read(batch.bytes(), 1000);

        assertThat(counts.roundTrips())
                .as("round trips of one batch ending in one Sync")
                .isEqualTo(1);
        assertThat(counts.executions()).as("executions of a 300-row batch").isEqualTo(300);
        assertThat(counts.binds()).as("binds of a 300-row batch").isEqualTo(300);
    }

    @Test
    void copy_data_of_a_large_copy_is_counted_without_reading_its_bodies_into_memory() {
        byte[] bytes = new PgMessages()
                .startup()
                .typed('Q', 40)
                .typed('d', 5_000_000)
                .typed('d', 100)
                .typed('c', 0)
                .typed('Q', 10)
                .bytes();

        WireCounts counts = read(bytes, 8192);

        assertThat(counts.copyData()).as("CopyData messages, one of 5 MB").isEqualTo(2);
        assertThat(counts.copies()).as("COPY exchanges ended by CopyDone").isEqualTo(1);
        assertThat(counts.roundTrips())
                .as("round trips: the COPY query and the query after it")
                .isEqualTo(2);
    }

    @Test
    void an_ssl_request_before_the_startup_packet_is_not_a_connection_of_its_own() {
        byte[] bytes = new PgMessages()
                .untyped(PostgresClientStream.SSL_REQUEST, 0)
                .untyped(PostgresClientStream.GSSENC_REQUEST, 0)
                .startup()
                .typed('Q', 8)
                .bytes();

        assertThat(read(bytes, 3))
                .as("an SSL and a GSS request, then a startup and one query")
                .isEqualTo(new WireCounts(1, 1, 1, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void a_cancel_request_is_counted_as_a_cancel_not_a_connection() {
        byte[] bytes =
                new PgMessages().untyped(PostgresClientStream.CANCEL_REQUEST, 8).bytes();

        assertThat(read(bytes, bytes.length))
                .as("a cancel request's counts")
                .isEqualTo(new WireCounts(0, 0, 0, 0, 0, 0, 0, 0, 1));
    }

    @Test
    void a_length_that_cannot_be_right_stops_the_counting_but_not_the_stream() {
        WireTally tally = new WireTally();
        PostgresClientStream stream = new PostgresClientStream(List.of(tally));
        byte[] bytes = new PgMessages().startup().typed('Q', 4).bytes();
        byte[] broken = {'Q', 0, 0, 0, 2, 'Q', 0, 0, 0, 4};

        stream.feed(bytes, 0, bytes.length);
        stream.feed(broken, 0, broken.length);

        assertThat(stream.lost()).as("the stream is lost after a length of 2").isTrue();
        assertThat(tally.counts().simpleQueries())
                .as("simple queries counted before the broken length")
                .isEqualTo(1);
    }

    @Test
    void a_captured_pgjdbc_session_is_counted_as_the_driver_sent_it() throws IOException {
        byte[] captured;
        try (InputStream in = getClass().getResourceAsStream("pgjdbc-session.bin")) {
            assertThat(in).as("the captured fixture pgjdbc-session.bin").isNotNull();
            captured = in.readAllBytes();
        }

        WireCounts counts = read(captured, 1460);

        // What PgjdbcSessionCapture ran: see its Javadoc for the messages each step sends.
        assertThat(counts).as("counts of the captured pgjdbc session").isEqualTo(PgjdbcSession.EXPECTED);
        assertThat(read(captured, 1))
                .as("the same session read a byte at a time")
                .isEqualTo(counts);
    }
}
