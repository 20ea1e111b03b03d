package lab.conditionalrequests;

import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turn every client mistake into an RFC 9457 problem (application/problem+json) whose {@code detail} says
 * what was wrong. Extending {@link ResponseEntityExceptionHandler} covers Spring MVC's own exceptions
 * (405, 415, unknown paths, ...) as well; only the messages a client can act on are rewritten here.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidProduct(InvalidProductException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid product");
        return problem;
    }

    // The current ETag goes with the 412, so the client can read the product again and retry knowingly.
    @ExceptionHandler
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
        problem.setTitle("Precondition failed");
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(ex.currentEtag())
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
        problem.setTitle("Precondition required");
        return problem;
    }

    // The default detail ("Failed to read request") hides which field was wrong; Jackson knows it.
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "request body must be a JSON object like {\"name\": \"...\", \"price\": 12.50, \"stock\": 3}";
        if (ex.getCause() instanceof JacksonException jackson) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail += field.isEmpty()
                    ? "; " + jackson.getOriginalMessage()
                    : "; field '" + field + "': " + jackson.getOriginalMessage();
        } else if (ex.getCause() == null) {
            // Spring's own "Required request body is missing" (an empty body, or a literal null).
            detail += "; the body is missing";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Unreadable request body");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    // The default detail names a Java type; say what the client should send instead.
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "'" + ex.getPropertyName() + "' must be a whole number, was '" + ex.getValue() + "'";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Invalid path parameter");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }
}
