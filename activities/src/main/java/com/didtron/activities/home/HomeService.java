package com.didtron.activities.home;

import com.didtron.activities.Facade;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.user.Role;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first page after sign-in, per role: a customer's and a carrier's own account (never another
 * account's: refused alike whether missing or someone else's), staff's tenant. Read-only; every
 * figure comes through the façade of the feature that owns it.
 */
@Service
@Facade
public class HomeService {
  /** How many low-balance customers a staff home lists (it counts them all). */
  public static final int LISTED = 10;

  private final CustomerHomeQuery customers;
  private final CarrierHomeQuery carriers;
  private final StaffHomeQuery staff;
  private final BigDecimal lowThreshold;

  HomeService(
      CustomerHomeQuery customers,
      CarrierHomeQuery carriers,
      StaffHomeQuery staff,
      @Value("${didtron.balance.low-threshold:10}") BigDecimal lowThreshold) {
    this.customers = customers;
    this.carriers = carriers;
    this.staff = staff;
    this.lowThreshold = lowThreshold;
  }

  /** The home of the actor's own customer account (portal users with the CUSTOMER role). */
  @Transactional(readOnly = true)
  public CustomerHome customer(Actor actor) {
    if (!actor.has(Role.CUSTOMER)) {
      throw new AccessDenied("No account");
    }
    return customers.of(actor, own(actor), lowThreshold);
  }

  /** The home of the actor's own carrier account (portal users with the CARRIER role). */
  @Transactional(readOnly = true)
  public CarrierHome carrier(Actor actor) {
    if (!actor.has(Role.CARRIER)) {
      throw new AccessDenied("No account");
    }
    return carriers.of(actor, own(actor));
  }

  /** The staff home of the actor's tenant, with the parts its roles may see. */
  @Transactional(readOnly = true)
  public StaffHome staff(Actor actor) {
    return staff.of(actor, lowThreshold);
  }

  /** At or below this, a customer's available funds are low (didtron.balance.low-threshold). */
  public BigDecimal lowThreshold() {
    return lowThreshold;
  }

  static boolean any(Actor actor, Set<Role> roles) {
    return roles.stream().anyMatch(actor::has);
  }

  private static AccountId own(Actor actor) {
    return actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
  }
}
