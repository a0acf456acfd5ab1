package com.didtron.ui.api.base;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.AccountDraft.FieldError;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refusals into JSON problem details for API callers: 403 for access, 404 for unknown ids,
 * 422 with per-field errors for invalid input, 400 for other bad requests (Spring's own, such as an
 * unreadable body, keep their status), and 500 with a reference for anything unforeseen — the
 * reference is in the log with the trace; the caller never sees a stack trace or SQL.
 */
@RestControllerAdvice(basePackages = "com.didtron.ui.api")
public class ApiErrors extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  /** Invalid input, field by field; controllers throw it for a service's rejection. */
  public static class Invalid extends RuntimeException {
    private final transient List<FieldError> errors;

    public Invalid(List<FieldError> errors) {
      super("The request has invalid fields");
      this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
      return errors;
    }
  }

  @ExceptionHandler(AccessDenied.class)
  ProblemDetail denied(AccessDenied e) {
    return problem(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(NoSuchElementException.class)
  ProblemDetail missing(NoSuchElementException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(Invalid.class)
  ProblemDetail invalid(Invalid e) {
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    p.setProperty("errors", e.errors());
    return p;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail bad(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("API request failed, reference {}", reference, e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR,
        "The request could not be completed; quote reference " + reference + " to support");
  }

  static ProblemDetail problem(HttpStatus status, String detail) {
    return ProblemDetail.forStatusAndDetail(status, detail == null ? status.getReasonPhrase() : detail);
  }
}
