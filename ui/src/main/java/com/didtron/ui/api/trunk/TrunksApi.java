package com.didtron.ui.api.trunk;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.trunk.LimitsChange;
import com.didtron.activities.trunk.TrunkChange;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkId;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trunks, limits and suspension of one account over the API; the same rules as the portal ({@link
 * Trunks}). An account or trunk that is missing or not the caller's answers 404.
 */
@RestController
@RequestMapping("/api/accounts/{id}")
@Tag(name = "Trunks and limits", description = "Interconnects, limits and suspension of an account")
public class TrunksApi {
  private final Trunks trunks;

  public TrunksApi(Trunks trunks) {
    this.trunks = trunks;
  }

  @GetMapping("/trunks")
  @Operation(
      summary =
          "The account's trunks (staff: both sides; a customer its ingress, a carrier its egress trunks)")
  public List<TrunkJson> list(
      @PathVariable UUID id, @RequestParam(required = false) boolean deleted) {
    return trunks.list(ApiActor.current(), new AccountId(id), deleted).stream()
        .map(TrunkJson::of)
        .toList();
  }

  @GetMapping("/trunks/{trunkId}")
  @Operation(summary = "One trunk")
  public TrunkJson get(@PathVariable UUID id, @PathVariable UUID trunkId) {
    return TrunkJson.of(trunks.get(ApiActor.current(), new AccountId(id), new TrunkId(trunkId)));
  }

  @PostMapping("/trunks")
  @Operation(summary = "Add a trunk (admins); 201 with the trunk, 422 lists invalid fields")
  public ResponseEntity<TrunkJson> create(@PathVariable UUID id, @RequestBody TrunkRequest body) {
    TrunkJson created =
        TrunkJson.of(saved(trunks.create(ApiActor.current(), new AccountId(id), body.toDraft())));
    return ResponseEntity.created(URI.create("/api/accounts/" + id + "/trunks/" + created.id()))
        .body(created);
  }

  @PutMapping("/trunks/{trunkId}")
  @Operation(
      summary = "Replace a trunk (admins); a missing password keeps the stored digest secret")
  public TrunkJson update(
      @PathVariable UUID id, @PathVariable UUID trunkId, @RequestBody TrunkRequest body) {
    return TrunkJson.of(
        saved(
            trunks.update(
                ApiActor.current(),
                new AccountId(id),
                new TrunkId(trunkId),
                body.version(),
                body.toDraft())));
  }

  @DeleteMapping("/trunks/{trunkId}")
  @Operation(summary = "Soft-delete a trunk (admins); restorable until the retention purge")
  public TrunkJson delete(@PathVariable UUID id, @PathVariable UUID trunkId) {
    return TrunkJson.of(trunks.delete(ApiActor.current(), new AccountId(id), new TrunkId(trunkId)));
  }

  @PostMapping("/trunks/{trunkId}/restore")
  @Operation(
      summary =
          "Restore a soft-deleted trunk (admins); 422 if its name, username or address is taken meanwhile")
  public TrunkJson restore(@PathVariable UUID id, @PathVariable UUID trunkId) {
    return TrunkJson.of(
        saved(trunks.restore(ApiActor.current(), new AccountId(id), new TrunkId(trunkId))));
  }

  @GetMapping("/limits")
  @Operation(summary = "The account's limits; null is unlimited")
  public LimitsJson limits(@PathVariable UUID id) {
    return LimitsJson.of(trunks.limits(ApiActor.current(), new AccountId(id)));
  }

  @PutMapping("/limits")
  @Operation(
      summary = "Set the account's limits (admins); 422 lists invalid fields (e.g. below zero)")
  public LimitsJson setLimits(@PathVariable UUID id, @RequestBody LimitsRequest body) {
    return switch (trunks.setLimits(ApiActor.current(), new AccountId(id), body.toDraft())) {
      case LimitsChange.Saved s -> LimitsJson.of(s.limits());
      case LimitsChange.Rejected r -> throw new ApiErrors.Invalid(r.errors());
    };
  }

  @PostMapping("/suspend")
  @Operation(
      summary = "Suspend the account (admins) with a reason: the switch refuses its new calls")
  public AccountStatusJson suspend(@PathVariable UUID id, @RequestBody ReasonRequest body) {
    return status(trunks.suspend(ApiActor.current(), new AccountId(id), body.reason()));
  }

  @PostMapping("/resume")
  @Operation(summary = "Resume a suspended account (admins) with a reason")
  public AccountStatusJson resume(@PathVariable UUID id, @RequestBody ReasonRequest body) {
    return status(trunks.resume(ApiActor.current(), new AccountId(id), body.reason()));
  }

  @GetMapping("/block")
  @Operation(
      summary =
          "Whether the account's new calls are blocked (fraud detector or staff), with the reason; the account's own users may ask")
  public CallBlockJson block(@PathVariable UUID id) {
    return CallBlockJson.of(trunks.callBlock(ApiActor.current(), new AccountId(id)));
  }

  @PostMapping("/block")
  @Operation(
      summary =
          "Block the account's new calls (admins) with a reason; calls in progress go on, the account stays active")
  public CallBlockJson blockCalls(@PathVariable UUID id, @RequestBody ReasonRequest body) {
    AccountId account = new AccountId(id);
    trunks.blockCalls(ApiActor.current(), account, body.reason());
    return CallBlockJson.of(trunks.callBlock(ApiActor.current(), account));
  }

  @PostMapping("/unblock")
  @Operation(summary = "Lift the account's call block (admins) with a reason")
  public CallBlockJson unblockCalls(@PathVariable UUID id, @RequestBody ReasonRequest body) {
    AccountId account = new AccountId(id);
    trunks.unblockCalls(ApiActor.current(), account, body.reason());
    return CallBlockJson.of(trunks.callBlock(ApiActor.current(), account));
  }

  private static Trunk saved(TrunkChange change) {
    return switch (change) {
      case TrunkChange.Saved s -> s.trunk();
      case TrunkChange.Rejected r -> throw new ApiErrors.Invalid(r.errors());
    };
  }

  private static AccountStatusJson status(AccountChange change) {
    return switch (change) {
      case AccountChange.Saved s -> AccountStatusJson.of(s.account());
      case AccountChange.Rejected r -> throw new ApiErrors.Invalid(r.errors());
    };
  }
}
