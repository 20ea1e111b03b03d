package lab.timeoutsretriescircuitbreaker;

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

    // "Something went wrong."
    @ExceptionHandler
    ProblemDetail carrierUnavailable(CarrierUnavailableException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, ex.getMessage());
        problem.setTitle("Tracking failed");
        return problem;
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
