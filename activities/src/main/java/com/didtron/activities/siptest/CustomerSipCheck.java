package com.didtron.activities.siptest;

import com.didtron.activities.Facade;
import com.didtron.activities.product.ProductAccess;
import com.didtron.domain.access.Actor;
import com.didtron.domain.product.Product;
import com.didtron.sip.ua.OptionsResult;
import com.didtron.sip.ua.SipUri;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Service;

/**
 * The customer's SIP tester: an OPTIONS ping of a SIP address the customer enters (its own PBX or
 * SBC), offered only to accounts that may see {@link Product#SIP_TESTER}. The outbound guard
 * applies as for every probe: a refused address answers FAILED with the reason, nothing is sent.
 */
@Service
@Facade
public class CustomerSipCheck {
  static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final SipAgents agents;
  private final ProductAccess products;
  private final Clock clock;

  CustomerSipCheck(SipAgents agents, ProductAccess products, Clock clock) {
    this.agents = agents;
    this.products = products;
    this.clock = clock;
  }

  /** Pings {@code target} ({@code sip:host[:port]}); a malformed address is refused. */
  public OptionsResult ping(Actor actor, String target) {
    products.require(actor, Product.SIP_TESTER);
    SipUri uri = SipUri.parse(target == null ? "" : target.strip());
    try {
      return agents.towards(uri.host()).options(uri, TIMEOUT);
    } catch (IllegalStateException refused) {
      return new OptionsResult(
          clock.instant(), OptionsResult.Status.FAILED, 0, null, null, refused.getMessage());
    }
  }
}
