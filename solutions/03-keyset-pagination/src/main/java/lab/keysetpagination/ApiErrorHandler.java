package lab.keysetpagination;

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
 * Answer every client error with an RFC 9457 problem detail. Spring's base class already does that for the
 * exceptions Spring MVC raises (and for the ResponseStatusExceptions the controller throws); this class adds the
 * cursors the service cannot continue from, and rewords a bad number so the caller reads what is allowed.
 */
@RestControllerAdvice
class ApiErrorHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalidCursor(InvalidCursorException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                ex.getMessage() + "; send back the \"next\" of a page exactly as you got it, or no cursor for the"
                        + " first page");
        problem.setTitle("Invalid cursor");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String parameter = ex.getPropertyName();
        String allowed = "limit".equals(parameter) ? FeedController.LIMIT_RULE : "a whole number";
        String detail = "%s must be %s, was '%s'".formatted(parameter, allowed, ex.getValue());
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
    }
}
