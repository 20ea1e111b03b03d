package lab.objectlevelauthorization;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turn every error into an RFC 9457 problem (application/problem+json) whose {@code detail} says what was wrong.
 * Extending {@link ResponseEntityExceptionHandler} covers Spring MVC's own exceptions (a body that is not JSON, 405,
 * unknown paths, ...). 401 and 403 come from the security filters ({@link SecurityConfig}).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail notFound(InvoiceNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Invoice not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidInvoiceException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail wrongState(InvoiceStateException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Invoice in the wrong state");
        return problem;
    }
}
