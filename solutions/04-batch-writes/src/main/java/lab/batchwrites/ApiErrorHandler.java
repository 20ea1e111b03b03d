package lab.batchwrites;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answer every client error with an RFC 9457 problem detail. Spring's base class covers the exceptions Spring MVC
 * raises itself (a wrong content type is a 415); this class adds the file's own problems, with their line.
 */
@RestControllerAdvice
class ApiErrorHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail malformedFile(MalformedFileException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Malformed settlement file");
        return problem;
    }

    // Spring's own detail names the type that was sent; say which one to send instead.
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                "send the settlement file as the request body" + " with Content-Type: text/csv (UTF-8), not "
                        + ex.getContentType());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    // With @RequestBody String an empty body arrives here, not as an empty file; say what a file must start with.
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, "line 1: the file is empty; its first line must be " + PaymentFile.HEADER);
        problem.setTitle("Malformed settlement file");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }
}
