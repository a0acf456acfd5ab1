package com.didtron.ui.api.signup;

import com.didtron.activities.signup.SignupOutcome;
import com.didtron.activities.signup.SignupQueue;
import com.didtron.domain.signup.SignupState;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sign-up queue of the caller's tenant: staff list it, admins approve or reject (with a reason
 * the customer is emailed). A decision the state does not allow is a 409 problem.
 */
@RestController
@RequestMapping("/api/signups")
@Tag(name = "Sign-ups", description = "Public sign-ups and their approval")
public class SignupsApi {
  private final SignupQueue queue;

  public SignupsApi(SignupQueue queue) {
    this.queue = queue;
  }

  /** The body of a rejection. */
  public record ReasonRequest(String reason) {}

  @GetMapping
  @Operation(summary = "Sign-ups, newest first (state: e.g. PENDING_APPROVAL)")
  public List<SignupJson> list(
      @RequestParam(required = false) SignupState state,
      @RequestParam(required = false) Integer limit) {
    return queue.list(ApiActor.current(), state, limit == null ? 100 : limit).stream()
        .map(SignupJson::of)
        .toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One sign-up")
  public SignupJson get(@PathVariable UUID id) {
    return SignupJson.of(queue.get(ApiActor.current(), id));
  }

  @PostMapping("/{id}/approve")
  @Operation(summary = "Approve: the account becomes active and is pushed to the switch")
  public SignupJson approve(@PathVariable UUID id) {
    return decided(queue.approve(ApiActor.current(), id));
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "Reject with a reason (emailed to the customer)")
  public SignupJson reject(@PathVariable UUID id, @RequestBody ReasonRequest body) {
    return decided(queue.reject(ApiActor.current(), id, body == null ? null : body.reason()));
  }

  private static SignupJson decided(SignupOutcome.Decision decision) {
    return switch (decision) {
      case SignupOutcome.Decided d -> SignupJson.of(d.signup());
      case SignupOutcome.Refused r ->
          throw new ResponseStatusException(HttpStatus.CONFLICT, r.message());
    };
  }
}
