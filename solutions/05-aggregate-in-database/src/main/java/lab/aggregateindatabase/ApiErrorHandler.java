package lab.aggregateindatabase;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answer every client error with an RFC 9457 problem detail. Spring's base class does that for the exceptions
 * Spring MVC raises (a missing parameter, an unknown path) and for the ResponseStatusExceptions the controller
 * throws with a detail that says what is allowed; without it they would be Spring Boot's generic error page.
 */
@RestControllerAdvice
class ApiErrorHandler extends ResponseEntityExceptionHandler {}
