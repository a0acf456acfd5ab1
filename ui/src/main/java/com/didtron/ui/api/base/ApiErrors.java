package com.didtron.ui.api.base;

import com.didtron.activities.input.InputTooLarge;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.AccountDraft.FieldError;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals into JSON problem details for API callers: 403 for access, 404 for unknown ids,
 * 422 with per-field errors for invalid input (absurd amounts included), 413 for a body over its
 * cap, 400 for other bad requests (Spring's own refusals keep their status), and 500 with a
 * reference for anything unforeseen — the reference is in the log with the trace; the caller never
 * sees a stack trace or SQL.
 */
@RestControllerAdvice(basePackages = "com.didtron.ui.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {
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

  @ExceptionHandler(AmountJson.Refused.class)
  ProblemDetail amount(AmountJson.Refused e) {
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields");
    p.setProperty("errors", e.errors());
    return p;
  }

  /**
   * A body that cannot be read: 422 when an amount was refused, else 400 (never the parser's text).
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AmountJson.Refused r) {
        return amount(r);
      }
      if (t instanceof InputTooLarge big) {
        return tooLarge(big);
      }
    }
    return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this request");
  }

  @ExceptionHandler(InputTooLarge.class)
  ProblemDetail tooLarge(InputTooLarge e) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail bad(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    if (e instanceof ErrorResponse spring) {
      return spring
          .getBody(); // Spring's own refusals (wrong method, missing parameter…) keep their status
    }
    if (e instanceof TypeMismatchException) {
      return problem(HttpStatus.BAD_REQUEST, "A parameter has the wrong form");
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("API request failed, reference {}", reference, e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "The request could not be completed; quote reference " + reference + " to support");
  }

  static ProblemDetail problem(HttpStatus status, String detail) {
    return ProblemDetail.forStatusAndDetail(
        status, detail == null ? status.getReasonPhrase() : detail);
  }
}
