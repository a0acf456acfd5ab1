package com.didtron.activities.segment;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.segment.CategoryId;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.segment.CustomerGroup;
import com.didtron.domain.segment.GroupId;
import com.didtron.domain.segment.Segment;
import com.didtron.domain.tenant.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Categories and placements as other features see them (sign-up, product visibility). Trusted
 * calls: the caller has checked the actor and audits what it changes ({@link SegmentService} is the
 * checked one the portal and API use).
 */
@Component
@Facade
public class Segments {
  private final JooqSegments repo;
  private final Clock clock;

  Segments(JooqSegments repo, Clock clock) {
    this.repo = repo;
    this.clock = clock;
  }

  /** A tenant's categories, by name. */
  @Transactional(readOnly = true)
  public List<CustomerCategory> categories(TenantId tenant) {
    return repo.categories(tenant);
  }

  @Transactional(readOnly = true)
  public Optional<CustomerCategory> category(TenantId tenant, CategoryId id) {
    return repo.category(tenant, id);
  }

  @Transactional(readOnly = true)
  public Optional<CustomerGroup> group(TenantId tenant, GroupId id) {
    return repo.group(tenant, id);
  }

  /** The category and group of an account; empty when it was never placed in one. */
  @Transactional(readOnly = true)
  public Optional<Segment> of(AccountId account) {
    return repo.segment(account);
  }

  /** Puts an account into a category (no group); the caller audits it. */
  @Transactional
  public void place(TenantId tenant, AccountId account, CategoryId category) {
    repo.place(tenant, new Segment(account, category, null), clock.instant());
  }
}
