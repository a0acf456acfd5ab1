package com.didtron.ui.api.base;

import com.didtron.activities.input.InputTooLarge;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.AccountDraft.FieldError;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals into JSON problem details for API callers: 403 for access, 404 for unknown ids,
 * 422 with per-field errors for invalid input (absurd amounts included), 413 for a body over its
 * cap, 400 for other bad requests. Never a stack trace.
 */
@RestControllerAdvice(basePackages = "com.didtron.ui.api")
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {

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

  /** A body that cannot be read: 422 when an amount was refused, else 400 (never the parser's text). */
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

  static ProblemDetail problem(HttpStatus status, String detail) {
    return ProblemDetail.forStatusAndDetail(status, detail == null ? status.getReasonPhrase() : detail);
  }
}
