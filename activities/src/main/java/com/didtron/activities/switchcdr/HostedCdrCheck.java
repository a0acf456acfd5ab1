package com.didtron.activities.switchcdr;

import com.didtron.activities.did.DidInService;
import com.didtron.activities.switchsync.HostedSwitchIds;
import com.didtron.activities.switchsync.MalformedCdr;
import com.didtron.activities.switchsync.SwitchCdr;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.cdr.CdrParser;
import com.didtron.rating.cdr.CdrWindow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns a hosted switch's page of CDRs into the pipeline's CDRs per tenant, or rejected rows with
 * their reason: the adapter's malformed rows (kept under a digest of the raw row), a customer or
 * carrier id the switch sync never pushed, a call that reached no carrier, a carrier of another
 * tenant, a duration or start outside the CDR window. A call whose called number is one of the
 * customer's own ACTIVE numbers (DIDs) is an inbound call, rated like Kamailio's ({@link
 * InboundCalls}): charged to the number's owner at its inbound price, whatever carrier it names.
 */
final class HostedCdrCheck {
  private final String source;
  private final HostedSwitchIds ids;
  private final Function<AccountId, Optional<Account>> accounts;
  private final CdrWindow window;
  private final InboundCalls inbound;

  HostedCdrCheck(
      String source,
      HostedSwitchIds ids,
      Function<AccountId, Optional<Account>> accounts,
      CdrWindow window,
      BiFunction<TenantId, String, Optional<DidInService>> dids) {
    this.inbound = new InboundCalls(dids);
    this.source = source;
    this.ids = ids;
    this.accounts = accounts;
    this.window = window;
  }

  PulledStore.Checked check(List<SwitchCdr> cdrs, List<MalformedCdr> malformed) {
    Map<TenantId, List<CdrParser.Line>> out = new LinkedHashMap<>();
    List<PulledReject> rejects = new ArrayList<>();
    for (MalformedCdr m : malformed) {
      rejects.add(new PulledReject(digest(m.raw()), null, null, m.reason(), m.raw()));
    }
    long line = 0;
    for (SwitchCdr c : cdrs) {
      line++;
      Optional<Account> customer = account(c.customerId());
      if (customer.isEmpty()) {
        rejects.add(reject(c, null, "unknown customer " + c.customerId() + " on " + source));
        continue;
      }
      TenantId tenant = customer.get().tenantId();
      // a call to a number in service of the row's own customer is inbound; another customer
      // calling that number places an ordinary outbound call, rated below
      if (inbound
          .inService(tenant, c.callee())
          .filter(d -> customer.get().id().value().equals(d.accountId()))
          .isPresent()) {
        String problem = valuesProblem(c);
        InboundCalls.Result in =
            problem != null
                ? new InboundCalls.Result(null, problem)
                : inbound.cdr(
                    customer.get(),
                    c.callId(),
                    c.caller(),
                    c.callee(),
                    c.start(),
                    c.durationSeconds());
        if (in.reason() != null) {
          rejects.add(reject(c, tenant, in.reason()));
        } else {
          out.computeIfAbsent(tenant, t -> new ArrayList<>())
              .add(new CdrParser.Line(line, in.cdr()));
        }
        continue;
      }
      String problem = problem(c, tenant);
      if (problem != null) {
        rejects.add(reject(c, tenant, problem));
        continue;
      }
      Account carrier = account(c.carrierId()).orElseThrow();
      out.computeIfAbsent(tenant, t -> new ArrayList<>())
          .add(
              new CdrParser.Line(
                  line, c.toRatingCdr(customer.get().id().toString(), carrier.id().toString())));
    }
    return new PulledStore.Checked(out, rejects);
  }

  private String problem(SwitchCdr c, TenantId tenant) {
    if (c.carrierId() == null || c.carrierId().isBlank()) {
      return "no carrier: the call reached none";
    }
    Optional<Account> carrier = account(c.carrierId());
    if (carrier.isEmpty()) {
      return "unknown carrier " + c.carrierId() + " on " + source;
    }
    if (!carrier.get().tenantId().equals(tenant)) {
      return "carrier " + c.carrierId() + " belongs to another tenant than the customer";
    }
    return valuesProblem(c);
  }

  private String valuesProblem(SwitchCdr c) {
    if (c.durationSeconds().compareTo(BigDecimal.valueOf(window.maxDurationSeconds())) > 0) {
      return "duration " + c.durationSeconds().toPlainString() + " s is longer than accepted";
    }
    if (c.start().isBefore(window.earliest()) || c.start().isAfter(window.latest())) {
      return "start time " + c.start() + " outside the accepted window";
    }
    return null;
  }

  private Optional<Account> account(String switchId) {
    if (switchId == null || switchId.isBlank()) {
      return Optional.empty();
    }
    return ids.account(source, switchId.strip()).flatMap(accounts);
  }

  private static PulledReject reject(SwitchCdr c, TenantId tenant, String reason) {
    return new PulledReject(c.callId(), tenant, c.callId(), reason, c.toString());
  }

  /** A malformed row has no trustworthy id: its digest keeps it once however often it comes. */
  private static String digest(String raw) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
