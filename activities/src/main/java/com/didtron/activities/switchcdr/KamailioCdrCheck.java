package com.didtron.activities.switchcdr;

import com.didtron.activities.did.DidInService;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkId;
import com.didtron.rating.cdr.Cdr;
import com.didtron.rating.cdr.CdrParser;
import com.didtron.rating.cdr.CdrWindow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns Kamailio's CDR rows into the pipeline's CDRs, per tenant of the calling account, or into
 * rejected rows with their reason: no call id, no or unknown account, no or unknown gateway (the
 * {@code gw_id} is the carrier's egress trunk id), a gateway of another tenant, a negative or
 * too-long duration, a start outside the accepted window, no dialled number. The number rated is
 * the one the switch routed, which the switch itself translated by the ingress trunk (tech prefix,
 * strip, prepend).
 */
final class KamailioCdrCheck {
  private final Function<AccountId, Optional<Account>> accounts;
  private final Map<TrunkId, Trunk> trunks;
  private final CdrWindow window;
  private final InboundCalls inbound;

  KamailioCdrCheck(
      Function<AccountId, Optional<Account>> accounts,
      Map<TrunkId, Trunk> trunks,
      CdrWindow window,
      BiFunction<TenantId, String, Optional<DidInService>> dids) {
    this.inbound = new InboundCalls(dids);
    this.accounts = accounts;
    this.trunks = trunks;
    this.window = window;
  }

  /** The trunk ids a batch names (ingress and gateway), to look them up at once. */
  static List<TrunkId> trunkIds(List<KamailioCdrRow> rows) {
    List<TrunkId> ids = new ArrayList<>();
    for (KamailioCdrRow r : rows) {
      uuid(r.trunkId()).map(TrunkId::new).ifPresent(ids::add);
      uuid(r.gatewayId()).map(TrunkId::new).ifPresent(ids::add);
    }
    return ids;
  }

  PulledStore.Checked check(List<KamailioCdrRow> rows) {
    Map<TenantId, List<CdrParser.Line>> cdrs = new LinkedHashMap<>();
    List<PulledReject> rejects = new ArrayList<>();
    for (KamailioCdrRow r : rows) {
      Outcome o = check(r);
      if (o.reason() != null) {
        rejects.add(
            new PulledReject(
                String.valueOf(r.id()), o.tenant(), blankToNull(r.callId()), o.reason(), r.raw()));
      } else {
        cdrs.computeIfAbsent(o.tenant(), t -> new ArrayList<>())
            .add(new CdrParser.Line(r.id(), o.cdr()));
      }
    }
    return new PulledStore.Checked(cdrs, rejects);
  }

  private record Outcome(TenantId tenant, Cdr cdr, String reason) {
    static Outcome rejected(TenantId tenant, String reason) {
      return new Outcome(tenant, null, reason);
    }
  }

  private Outcome check(KamailioCdrRow r) {
    if (blank(r.callId())) {
      return Outcome.rejected(null, "no call id");
    }
    if (blank(r.accountId())) {
      return Outcome.rejected(null, "no account: the call's source matched no customer trunk");
    }
    Optional<Account> customer = uuid(r.accountId()).map(AccountId::new).flatMap(accounts);
    if (customer.isEmpty()) {
      return Outcome.rejected(null, "unknown account " + r.accountId().strip());
    }
    TenantId tenant = customer.get().tenantId();
    if (INBOUND.equals(blankToNull(r.trunkId()))) {
      return inbound(r, customer.get());
    }
    String problem = gatewayProblem(r, tenant);
    if (problem == null) {
      problem = valuesProblem(r);
    }
    if (problem != null) {
      return Outcome.rejected(tenant, problem);
    }
    Trunk gateway = trunks.get(TrunkId.of(r.gatewayId().strip()));
    return new Outcome(
        tenant,
        new Cdr(
            r.callId().strip(),
            customer.get().id().toString(),
            gateway.accountId().toString(),
            r.srcUser(),
            dialled(r),
            r.start(),
            r.durationSeconds()),
        null);
  }

  /** The trunk id route[INBOUND] in kamailio.cfg puts on a call to a number (gw_id: did:<n>). */
  static final String INBOUND = "inbound";

  /**
   * An inbound call to one of the account's numbers: a CDR of the owning account rated at the
   * number's inbound price ({@link InboundCalls}, shared with the ConnexCS pull); rejected when the
   * number is not the account's (any more) or has no inbound price.
   */
  private Outcome inbound(KamailioCdrRow r, Account owner) {
    TenantId tenant = owner.tenantId();
    String problem = valuesProblem(r);
    if (problem != null) {
      return Outcome.rejected(tenant, problem);
    }
    InboundCalls.Result in =
        inbound.cdr(owner, r.callId(), r.srcUser(), dialled(r), r.start(), r.durationSeconds());
    return in.reason() != null
        ? Outcome.rejected(tenant, in.reason())
        : new Outcome(tenant, in.cdr(), null);
  }

  private String gatewayProblem(KamailioCdrRow r, TenantId tenant) {
    if (blank(r.gatewayId())) {
      return "no carrier gateway";
    }
    Trunk gateway = uuid(r.gatewayId()).map(TrunkId::new).map(trunks::get).orElse(null);
    if (gateway == null || gateway.direction() != TrunkDirection.EGRESS) {
      return "unknown gateway " + r.gatewayId().strip();
    }
    if (!gateway.tenantId().equals(tenant)) {
      return "gateway " + r.gatewayId().strip() + " belongs to another tenant than the account";
    }
    return null;
  }

  private String valuesProblem(KamailioCdrRow r) {
    if (r.durationSeconds() == null || r.durationSeconds().signum() < 0) {
      return "negative duration " + r.durationSeconds();
    }
    if (r.durationSeconds().compareTo(BigDecimal.valueOf(window.maxDurationSeconds())) > 0) {
      return "duration " + r.durationSeconds().toPlainString() + " s is longer than accepted";
    }
    if (r.start() == null
        || r.start().isBefore(window.earliest())
        || r.start().isAfter(window.latest())) {
      return "start time " + r.start() + " outside the accepted window";
    }
    if (blank(r.dstUser())) {
      return "no dialled number";
    }
    return null;
  }

  /**
   * The number to rate: {@code dst_user}, the number the switch routed — already translated by the
   * customer's ingress trunk (tech prefix removed, strip, prepend) in kamailio.cfg route[TRUNK], so
   * it is never translated twice.
   */
  private static String dialled(KamailioCdrRow r) {
    return r.dstUser().strip();
  }

  static Optional<UUID> uuid(String text) {
    if (blank(text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s.strip();
  }
}
