package lab.sqlinjection;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turn every error into an RFC 9457 problem (application/problem+json) whose {@code detail} says what was wrong.
 * Extending {@link ResponseEntityExceptionHandler} covers Spring MVC's own exceptions (a parameter of the wrong type,
 * 405, unknown paths, ...).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail orderNotFound(OrderNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Order not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidSearch(InvalidSearchException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid search");
        return problem;
    }

    // The database's own message, so that support staff can see at once what went wrong.
    @ExceptionHandler
    ProblemDetail databaseError(DataAccessException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, ex.getMostSpecificCause().getMessage());
        problem.setTitle("Database error");
        return problem;
    }
}
