package com.didtron.activities.switchcdr;

import com.didtron.activities.cdr.InboundRates;
import com.didtron.activities.did.DidInService;
import com.didtron.domain.account.Account;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.cdr.Cdr;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Inbound calls to the tenant's numbers (DIDs), the same for every switch's CDRs (Kamailio's {@code
 * trunk_id = inbound} rows, ConnexCS rows whose called number is an ACTIVE DID): a CDR of the
 * number's owner whose carrier reference is the number's inbound price ({@link InboundRates}), or
 * the reason it is rejected — the number is not (any more) the account's, or has no inbound price.
 * One instance per pulled batch: a number is looked up once per batch.
 */
final class InboundCalls {
  private final BiFunction<TenantId, String, Optional<DidInService>> dids;
  private final Map<String, Optional<DidInService>> seen = new HashMap<>();

  /**
   * @param dids the live (ACTIVE, not deleted) number of a tenant ({@code
   *     DidsInService.activeNumber})
   */
  InboundCalls(BiFunction<TenantId, String, Optional<DidInService>> dids) {
    this.dids = dids;
  }

  /** The tenant's number in service, if {@code number} is one. */
  Optional<DidInService> inService(TenantId tenant, String number) {
    if (number == null || number.isBlank()) {
      return Optional.empty();
    }
    String n = number.strip();
    return seen.computeIfAbsent(tenant.value() + "/" + n, k -> dids.apply(tenant, n));
  }

  /** A rated-to-be CDR, or why the row is rejected. */
  record Result(Cdr cdr, String reason) {}

  /**
   * The CDR of an inbound call to {@code number} answered for {@code owner}, whose values (start,
   * duration) the caller has checked.
   */
  Result cdr(
      Account owner,
      String callId,
      String caller,
      String number,
      Instant start,
      BigDecimal durationSeconds) {
    String n = number.strip();
    Optional<DidInService> did = inService(owner.tenantId(), n);
    if (did.isEmpty() || !owner.id().value().equals(did.get().accountId())) {
      return new Result(null, "number " + n + " is not in service for the account");
    }
    if (did.get().inboundPerMinute() == null) {
      return new Result(null, "no inbound price for number " + n);
    }
    return new Result(
        new Cdr(
            callId.strip(),
            owner.id().toString(),
            InboundRates.carrierRef(n, did.get().inboundPerMinute(), did.get().currency()),
            caller,
            n,
            start,
            durationSeconds),
        null);
  }
}
