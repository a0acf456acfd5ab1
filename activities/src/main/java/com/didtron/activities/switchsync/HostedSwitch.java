package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import java.time.Instant;
import java.util.List;

/**
 * A hosted Class 4 switch (ConnexCS) as DIDTron drives it: DIDTron pushes what the switch must
 * enforce (customers with their credit, carriers, rate cards, routing, DIDs) and pulls back what it
 * saw (CDRs, breakout statistics). Each push is an upsert: with the switch's id it updates that
 * object, without one it creates it and returns the new id, which the caller keeps.
 *
 * <p>Every method may throw a {@link SwitchFailure}: {@link SwitchRejected} (the switch answered
 * with an error; its status and message are kept), {@link SwitchUnreachable} (no answer, or the
 * address is not allowed) or {@link SwitchUnreadable} (an answer that cannot be read). Nothing is
 * retried here beyond one re-authentication; the sync workflow retries.
 *
 * <p>The bean exists only when the switch is configured (see docs/switching.md); callers take it as
 * an optional dependency.
 */
@Facade
public interface HostedSwitch {
  /** The switch's name, also the CDR source its call ids belong to (e.g. {@code connexcs}). */
  String name();

  /** Creates or updates a customer, its status and its credit; returns the switch's id. */
  String pushCustomer(SwitchCustomer customer);

  /** Creates or updates a carrier; returns the switch's id. */
  String pushCarrier(SwitchCarrier carrier);

  /** Uploads the rules as a new revision of the card (created if needed) and makes it active. */
  RateCardRevision pushRateCard(SwitchRateCard card);

  /** Creates or updates a customer's ingress route; returns the switch's id. */
  String pushRoute(SwitchRoute route);

  /**
   * Creates or updates the IP authentication of a customer's or carrier's trunk; returns the
   * switch's id of it.
   */
  String pushTrunk(SwitchTrunk trunk);

  /** Removes a trunk's IP authentication pushed before; an id the switch no longer has is fine. */
  void removeTrunk(String switchId);

  /** Creates or updates a DID and its assignment; returns the switch's id. */
  String pushDid(SwitchDid did);

  /** Removes a DID pushed before; an id the switch no longer has is fine. */
  default void removeDid(String switchId) {
    throw new UnsupportedOperationException(name() + " cannot remove DIDs");
  }

  /**
   * The next page of CDRs after {@code cursor}, up to {@code until} (used when a new window starts;
   * a window being paged keeps its own end). Each CDR comes once across pulls, late ones inside the
   * overlap included; keep {@link SwitchCdrBatch#next()} and call again while {@link
   * SwitchCdrBatch#more()}.
   */
  SwitchCdrBatch pullCdrs(CdrCursor cursor, Instant until);

  /** Attempts, minutes, charges, ASR/ACD per customer, carrier and destination. */
  List<BreakoutRow> pullBreakout(BreakoutQuery query);
}
