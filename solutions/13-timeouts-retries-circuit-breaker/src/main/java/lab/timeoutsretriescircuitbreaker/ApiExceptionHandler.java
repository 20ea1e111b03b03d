package lab.timeoutsretriescircuitbreaker;

import java.time.Duration;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turn every error into an RFC 9457 problem (application/problem+json) whose {@code detail} says what was wrong.
 * Extending {@link ResponseEntityExceptionHandler} covers Spring MVC's own exceptions (405, unknown paths, ...).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail shipmentNotFound(ShipmentNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Shipment not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidShipmentId(InvalidShipmentIdException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid shipment id");
        return problem;
    }

    // A 503 with Retry-After: the fault is the carrier's, and the client may try again, not at once.
    @ExceptionHandler
    ResponseEntity<ProblemDetail> carrierUnavailable(CarrierUnavailableException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setTitle("Carrier unavailable");
        long seconds = Math.max(1, ex.retryAfter().map(Duration::toSeconds).orElse(1L));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(problem);
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
