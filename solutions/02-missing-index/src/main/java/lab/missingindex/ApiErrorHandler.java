package lab.missingindex;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answer every client error with an RFC 9457 problem detail. Spring's base class already does that for the
 * exceptions Spring MVC raises (a missing parameter, and the ResponseStatusExceptions the controller throws); this
 * class only rewords a value that does not convert, so the caller reads what is allowed rather than a Java type.
 */
@RestControllerAdvice
class ApiErrorHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String parameter = ex.getPropertyName();
        String allowed = "from".equals(parameter) || "to".equals(parameter)
                ? SupportSearchController.DATE_RULE
                : "a whole number";
        String detail = "%s must be %s, was '%s'".formatted(parameter, allowed, ex.getValue());
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
    }
}
