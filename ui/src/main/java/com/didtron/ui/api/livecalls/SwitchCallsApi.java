package com.didtron.ui.api.livecalls;

import com.didtron.activities.livecalls.LiveCalls;
import com.didtron.activities.switchsync.SwitchFailure;
import com.didtron.activities.switchsync.SwitchUnreachable;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.product.Product;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.base.ForProduct;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calls in progress on the local switch, and hanging them up; the rules are {@link LiveCalls}'
 * (staff: their tenant's calls with the carrier gateway; a customer: its own calls without it; a
 * carrier: 403). The switch not answering is a 503 problem.
 */
@ForProduct(Product.LIVE_CALLS)
@RestController
@RequestMapping("/api/switch/calls")
@Tag(name = "Live calls", description = "Calls in progress on the switch")
public class SwitchCallsApi {
  private static final Logger LOG = LoggerFactory.getLogger(SwitchCallsApi.class);
  private final LiveCalls calls;

  public SwitchCallsApi(LiveCalls calls) {
    this.calls = calls;
  }

  @GetMapping
  @Operation(
      summary =
          "Calls in progress, longest first (staff: the tenant's, with carrier gateway; a customer: its own; carriers 403)")
  public List<LiveCallJson> list(@RequestParam(required = false) String account) {
    AccountId only = account == null || account.isBlank() ? null : parse(account);
    return calls.list(ApiActor.current(), only).stream().map(LiveCallJson::of).toList();
  }

  @DeleteMapping("/{id}")
  @Operation(
      summary =
          "Hang up a call in progress, BYE to both sides (admins; a customer its own calls); 404 when it no longer runs")
  public LiveCallJson hangUp(@PathVariable String id) {
    return LiveCallJson.of(calls.hangUp(ApiActor.current(), id));
  }

  @ExceptionHandler(SwitchFailure.class)
  ProblemDetail switchFailed(SwitchFailure e) {
    LOG.warn("switch call failed: {}", e.getMessage());
    boolean down = e instanceof SwitchUnreachable;
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            down ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY,
            down
                ? "The switch does not answer: calls in progress cannot be read or hung up now."
                    + " Try again shortly."
                : "The switch refused the request; see the platform log.");
    p.setTitle(down ? "Switch unavailable" : "Switch error");
    return p;
  }

  private static AccountId parse(String account) {
    try {
      return new AccountId(UUID.fromString(account.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("account must be an account id");
    }
  }
}
