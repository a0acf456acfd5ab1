package com.didtron.ui.api.fraud;

import com.didtron.activities.fraud.FraudEvents;
import com.didtron.activities.fraud.FraudFilter;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudEventId;
import com.didtron.domain.fraud.FraudMetric;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fraud events of the caller's tenant ({@link FraudEvents}): staff read, admins clear. Customers
 * and carriers get 403.
 */
@RestController
@RequestMapping("/api/fraud/events")
@Tag(name = "Fraud", description = "What the live-CDR fraud detector found and did")
public class FraudApi {
  private final FraudEvents events;

  public FraudApi(FraudEvents events) {
    this.events = events;
  }

  /** Why an event is cleared; kept in the audit log. */
  public record ClearRequest(String note) {}

  @GetMapping
  @Operation(
      summary =
          "Fraud events, newest first (staff); filters: accountId, metric, action, open=true, limit (1-500)")
  public List<FraudEventJson> list(
      @RequestParam(required = false) UUID accountId,
      @RequestParam(required = false) String metric,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) boolean open,
      @RequestParam(required = false) Integer limit) {
    FraudFilter filter =
        new FraudFilter(
            accountId == null ? null : new AccountId(accountId),
            metric == null ? null : parse(FraudMetric.class, "metric", metric),
            action == null ? null : parse(FraudAction.class, "action", action),
            open,
            limit == null ? FraudFilter.MAX : limit);
    return events.find(ApiActor.current(), filter).stream().map(FraudEventJson::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One fraud event (staff)")
  public FraudEventJson get(@PathVariable UUID id) {
    return FraudEventJson.of(events.get(ApiActor.current(), new FraudEventId(id)));
  }

  @PostMapping("/{id}/clear")
  @Operation(
      summary =
          "Clear an open event (admins) with a note; a BLOCK lifts the account's call block; 409 when cleared already")
  public FraudEventJson clear(
      @PathVariable UUID id, @RequestBody(required = false) ClearRequest body) {
    return FraudEventJson.of(
        events.clear(ApiActor.current(), new FraudEventId(id), body == null ? null : body.note()));
  }

  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail conflict(IllegalStateException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown " + name + " '" + value + "'; one of " + List.of(type.getEnumConstants()));
    }
  }
}
