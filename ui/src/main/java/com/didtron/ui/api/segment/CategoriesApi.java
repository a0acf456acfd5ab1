package com.didtron.ui.api.segment;

import com.didtron.activities.segment.SegmentChange;
import com.didtron.activities.segment.SegmentService;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.segment.CategoryDraft;
import com.didtron.domain.segment.CategoryId;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.segment.CustomerGroup;
import com.didtron.domain.segment.GroupId;
import com.didtron.domain.segment.Segment;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiErrors;
import com.didtron.ui.api.segment.CategoryJson.GroupJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer categories, their groups and an account's placement, in the caller's tenant; the rules
 * are {@link SegmentService}'s (staff read, admins change; 422 lists invalid fields).
 */
@RestController
@Tag(name = "Customer categories", description = "Categories, groups and account placement")
public class CategoriesApi {
  private final SegmentService segments;

  public CategoriesApi(SegmentService segments) {
    this.segments = segments;
  }

  /** A category as sent. */
  public record CategoryRequest(
      String code,
      String name,
      BillingMode billingMode,
      BigDecimal creditLimit,
      String currency,
      Boolean selfSignup) {
    CategoryDraft toDraft() {
      return new CategoryDraft(
          code, name, billingMode, creditLimit, currency, selfSignup == null || selfSignup);
    }
  }

  /** A group as sent. */
  public record GroupRequest(String code, String name) {}

  /** An account's placement as sent. */
  public record SegmentRequest(UUID categoryId, UUID groupId) {}

  @GetMapping("/api/customer-categories")
  @Operation(summary = "The tenant's categories with their groups")
  public List<CategoryJson> list() {
    List<CustomerGroup> groups = segments.groups(ApiActor.current());
    return segments.categories(ApiActor.current()).stream()
        .map(c -> CategoryJson.of(c, groups))
        .toList();
  }

  @PostMapping("/api/customer-categories")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a category (admins)")
  public CategoryJson create(@RequestBody CategoryRequest body) {
    return CategoryJson.of(
        saved(segments.createCategory(ApiActor.current(), body.toDraft())), List.of());
  }

  @PutMapping("/api/customer-categories/{id}")
  @Operation(summary = "Change a category (admins)")
  public CategoryJson update(@PathVariable UUID id, @RequestBody CategoryRequest body) {
    CustomerCategory c =
        saved(segments.updateCategory(ApiActor.current(), new CategoryId(id), body.toDraft()));
    return CategoryJson.of(c, segments.groups(ApiActor.current()));
  }

  @DeleteMapping("/api/customer-categories/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a category no account or group uses (admins)")
  public void delete(@PathVariable UUID id) {
    saved(segments.deleteCategory(ApiActor.current(), new CategoryId(id)));
  }

  @PostMapping("/api/customer-categories/{id}/groups")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a group to a category (admins)")
  public GroupJson createGroup(@PathVariable UUID id, @RequestBody GroupRequest body) {
    return GroupJson.of(
        saved(
            segments.createGroup(
                ApiActor.current(), new CategoryId(id), body.code(), body.name())));
  }

  @DeleteMapping("/api/customer-groups/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a group no account is in (admins)")
  public void deleteGroup(@PathVariable UUID id) {
    saved(segments.deleteGroup(ApiActor.current(), new GroupId(id)));
  }

  @PutMapping("/api/accounts/{id}/segment")
  @Operation(summary = "Put an account into a category and optionally a group (admins)")
  public Map<String, UUID> assign(@PathVariable UUID id, @RequestBody SegmentRequest body) {
    Segment s =
        saved(
            segments.assign(
                ApiActor.current(),
                new AccountId(id),
                body.categoryId() == null ? null : new CategoryId(body.categoryId()),
                body.groupId() == null ? null : new GroupId(body.groupId())));
    return s.groupId() == null
        ? Map.of("categoryId", s.categoryId().value())
        : Map.of("categoryId", s.categoryId().value(), "groupId", s.groupId().value());
  }

  private static <T> T saved(SegmentChange<T> change) {
    return switch (change) {
      case SegmentChange.Saved<T> s -> s.value();
      case SegmentChange.Rejected<T> r -> throw new ApiErrors.Invalid(r.errors());
    };
  }
}
