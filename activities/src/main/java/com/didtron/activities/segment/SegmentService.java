package com.didtron.activities.segment;

import com.didtron.activities.Facade;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.segment.SegmentChange.Rejected;
import com.didtron.activities.segment.SegmentChange.Saved;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.segment.CategoryDraft;
import com.didtron.domain.segment.CategoryId;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.segment.CustomerGroup;
import com.didtron.domain.segment.GroupId;
import com.didtron.domain.segment.Segment;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer categories and groups of the actor's tenant, and which one an account belongs to. Staff
 * read them; admins change them. Every change is audited in its own transaction.
 */
@Service
@Facade
public class SegmentService {
  static final String CATEGORY = "customer_category";
  static final String GROUP = "customer_group";
  static final String PLACEMENT = "account_segment";

  private final JooqSegments repo;
  private final Accounts accounts;
  private final AuditTrail audit;
  private final Clock clock;

  SegmentService(JooqSegments repo, Accounts accounts, AuditTrail audit, Clock clock) {
    this.repo = repo;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<CustomerCategory> categories(Actor actor) {
    AccessPolicy.requireStaff(actor);
    return repo.categories(actor.tenantId());
  }

  @Transactional(readOnly = true)
  public List<CustomerGroup> groups(Actor actor) {
    AccessPolicy.requireStaff(actor);
    return repo.groups(actor.tenantId());
  }

  @Transactional
  public SegmentChange<CustomerCategory> createCategory(Actor actor, CategoryDraft draft) {
    AccessPolicy.requireAdmin(actor);
    List<FieldError> errors = draft.validate();
    if (!errors.isEmpty()) {
      return new Rejected<>(errors);
    }
    CategoryDraft d = draft.normalized();
    if (repo.codeTaken(actor.tenantId(), d.code(), null)) {
      return Rejected.of("code", "A category with this code exists");
    }
    CustomerCategory created = repo.insert(actor.tenantId(), d, clock.instant());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.CREATE,
        CATEGORY,
        created.id().toString(),
        null,
        SegmentSnapshots.of(created));
    return new Saved<>(created);
  }

  @Transactional
  public SegmentChange<CustomerCategory> updateCategory(
      Actor actor, CategoryId id, CategoryDraft draft) {
    AccessPolicy.requireAdmin(actor);
    CustomerCategory before = category(actor, id);
    List<FieldError> errors = draft.validate();
    if (!errors.isEmpty()) {
      return new Rejected<>(errors);
    }
    CategoryDraft d = draft.normalized();
    if (repo.codeTaken(actor.tenantId(), d.code(), id)) {
      return Rejected.of("code", "A category with this code exists");
    }
    CustomerCategory after = repo.update(id, d, clock.instant());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.UPDATE,
        CATEGORY,
        id.toString(),
        SegmentSnapshots.of(before),
        SegmentSnapshots.of(after));
    return new Saved<>(after);
  }

  /** Deletes a category no account and no group uses. */
  @Transactional
  public SegmentChange<CategoryId> deleteCategory(Actor actor, CategoryId id) {
    AccessPolicy.requireAdmin(actor);
    CustomerCategory before = category(actor, id);
    if (repo.inUse(id)) {
      return Rejected.of("category", "Accounts or groups use this category; move them first");
    }
    repo.deleteCategory(id);
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.DELETE,
        CATEGORY,
        id.toString(),
        SegmentSnapshots.of(before),
        null);
    return new Saved<>(id);
  }

  @Transactional
  public SegmentChange<CustomerGroup> createGroup(
      Actor actor, CategoryId categoryId, String code, String name) {
    AccessPolicy.requireAdmin(actor);
    category(actor, categoryId);
    String c = code == null ? "" : code.strip();
    if (!c.matches("[a-z0-9][a-z0-9-]{1,39}")) {
      return Rejected.of("code", "Code: 2 to 40 of a-z, 0-9 and -, not starting with -");
    }
    if (name == null || name.isBlank() || name.strip().length() > 80) {
      return Rejected.of("name", "Name: 1 to 80 characters");
    }
    if (repo.groupCodeTaken(categoryId, c)) {
      return Rejected.of("code", "This category has a group with this code");
    }
    CustomerGroup created =
        repo.insertGroup(actor.tenantId(), categoryId, c, name.strip(), clock.instant());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.CREATE,
        GROUP,
        created.id().toString(),
        null,
        SegmentSnapshots.of(created));
    return new Saved<>(created);
  }

  /** Deletes a group no account is in. */
  @Transactional
  public SegmentChange<GroupId> deleteGroup(Actor actor, GroupId id) {
    AccessPolicy.requireAdmin(actor);
    CustomerGroup before =
        repo.group(actor.tenantId(), id).orElseThrow(() -> new AccessDenied("No such group"));
    if (repo.groupInUse(id)) {
      return Rejected.of("group", "Accounts are in this group; move them first");
    }
    repo.deleteGroup(id);
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.DELETE,
        GROUP,
        id.toString(),
        SegmentSnapshots.of(before),
        null);
    return new Saved<>(id);
  }

  /** Where an account sits; staff of its tenant only. */
  @Transactional(readOnly = true)
  public Optional<Segment> segmentOf(Actor actor, AccountId account) {
    AccessPolicy.requireStaff(actor);
    liveAccount(actor, account);
    return repo.segment(account);
  }

  /** Moves an account into a category and optionally one of its groups. */
  @Transactional
  public SegmentChange<Segment> assign(
      Actor actor, AccountId account, CategoryId categoryId, GroupId groupId) {
    AccessPolicy.requireAdmin(actor);
    liveAccount(actor, account);
    if (categoryId == null) {
      return Rejected.of("categoryId", "Choose a category");
    }
    if (repo.category(actor.tenantId(), categoryId).isEmpty()) {
      return Rejected.of("categoryId", "No such category");
    }
    if (groupId != null
        && repo.group(actor.tenantId(), groupId)
            .filter(g -> g.categoryId().equals(categoryId))
            .isEmpty()) {
      return Rejected.of("groupId", "No such group in this category");
    }
    Optional<Segment> before = repo.segment(account);
    Segment after = new Segment(account, categoryId, groupId);
    repo.place(actor.tenantId(), after, clock.instant());
    audit.record(
        actor,
        actor.tenantId(),
        before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
        PLACEMENT,
        account.toString(),
        before.map(SegmentSnapshots::of).orElse(null),
        SegmentSnapshots.of(after));
    return new Saved<>(after);
  }

  private CustomerCategory category(Actor actor, CategoryId id) {
    return repo.category(actor.tenantId(), id)
        .orElseThrow(() -> new AccessDenied("No such category"));
  }

  private void liveAccount(Actor actor, AccountId id) {
    accounts
        .find(actor.tenantId(), id)
        .filter(a -> !a.isDeleted())
        .orElseThrow(() -> new AccessDenied("No such account"));
  }
}
