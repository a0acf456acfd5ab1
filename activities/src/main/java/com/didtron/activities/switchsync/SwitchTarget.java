package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import java.util.List;

/**
 * A Class 4 switch that DIDTron drives: what the switch sync writes to it (customer ACLs, carrier
 * gateways, prefix routes, per-account blocking and channel limits) and what it reads back (calls
 * in progress). Each write is one transaction on the switch's side and takes effect at once (the
 * local Kamailio reloads its tables after commit). Implementations: {@code KamailioSwitchTarget}.
 */
@Facade
public interface SwitchTarget {
  /**
   * The account's number on the switch (permissions group, default routing group), assigned on
   * first use.
   */
  int accountNumber(AccountId account);

  /** Replaces every source address from which {@code account} may call. */
  void replaceCustomerAddresses(AccountId account, List<CustomerAddress> addresses);

  /**
   * Replaces the account's live ingress trunks: their source blocks, which trunk a call takes (the
   * most specific block, then the longest tech prefix the number starts with), how its number is
   * translated (tech prefix removed, strip, prepend) and the routing group it routes with.
   */
  void replaceIngressTrunks(AccountId account, List<IngressTrunk> trunks);

  /**
   * The routing group of the account's routes in one routing tier, assigned on first use (distinct
   * from every account's own number).
   */
  int routingGroup(AccountId account, String tier);

  /** Creates or updates carriers' gateways, identified by {@link CarrierGateway#key()}. */
  void putGateways(List<CarrierGateway> gateways);

  /**
   * Replaces the prefix routes of a routing group (an account's number, or a shared tier group).
   */
  void replaceRoutes(int routingGroup, List<RouteRule> rules);

  /** Routes {@code account}'s calls with {@code routingGroup} instead of its own number. */
  void useRoutingGroup(AccountId account, int routingGroup);

  /**
   * Refuses the account's new calls with 403 and {@code reason} in a header; null reason: allow
   * again.
   */
  void setBlocked(AccountId account, String reason);

  /** At most {@code maxChannels} concurrent calls for the account (0 = no limit). */
  void setChannelLimit(AccountId account, int maxChannels);

  /**
   * Creates or replaces the rule of one of {@code account}'s numbers (calls from carriers to it).
   */
  void putDid(AccountId account, DidRule rule);

  /** Forgets a number: calls to it get 404. Nothing happens when the switch does not have it. */
  void removeDid(String number);

  /**
   * The calls in progress on the switch; throws {@link SwitchUnreachable} when it does not answer.
   */
  List<ActiveCall> callsInProgress();

  /**
   * Hangs up a call in progress (BYE to both sides); false when no such call runs; throws {@link
   * SwitchUnreachable} when the switch does not answer.
   */
  boolean hangUp(String activeCallId);
}
