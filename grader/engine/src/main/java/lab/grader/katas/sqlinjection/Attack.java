package lab.grader.katas.sqlinjection;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import lab.grader.model.KataInstance;

/**
 * One malicious input, sent in one place: a search parameter ({@code q}, {@code status}, {@code sort}, {@code dir})
 * or the order id in {@code /orders/{id}}. Everything else in the request is ordinary.
 *
 * @param name what the attack tries, for feedback
 * @param field where the input goes
 * @param value the input, with the run's marker in it
 */
record Attack(String name, Field field, String value) {

    enum Field {
        Q("q"),
        STATUS("status"),
        SORT("sort"),
        DIR("dir"),
        ORDER_ID("id");

        private final String parameter;

        Field(String parameter) {
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    Attack marked(SupportData data) {
        return new Attack(name, field, data.marked(value));
    }

    HttpRequest request(KataInstance instance) {
        return HttpRequest.newBuilder(uri(instance)).GET().build();
    }

    URI uri(KataInstance instance) {
        return instance.baseUri().resolve(path());
    }

    /** The path and query as sent, for feedback. */
    String path() {
        if (field == Field.ORDER_ID) {
            // URLEncoder writes a space as '+', which a path keeps as a plus sign.
            return "/orders/" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return "/customers/search?" + field.parameter() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The request as a person would type it, for feedback. */
    String describe() {
        return field == Field.ORDER_ID
                ? "GET /orders/" + value
                : "GET /customers/search with " + field.parameter() + "=" + value;
    }
}
