package com.didtron.ui.api.user;

import com.didtron.activities.user.TwoFactor;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserService;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.user.UserId;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiErrors;
import com.didtron.ui.api.base.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users of the caller's tenant over the API (user admins: {@code AccessPolicy.requireUserAdmin}).
 * New users and reset passwords get a one-time password, answered once, to be changed at sign-in.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Staff and portal users of the caller's tenant")
public class UsersApi {
  /** A created user with its one-time password (shown only in this answer). */
  public record CreatedUserJson(UserJson user, String oneTimePassword) {}

  public record PasswordResetJson(String oneTimePassword) {}

  public record TwoFactorPolicyJson(boolean staffTwoFactorRequired) {}

  private final UserService users;
  private final TwoFactor twoFactor;

  public UsersApi(UserService users, TwoFactor twoFactor) {
    this.users = users;
    this.twoFactor = twoFactor;
  }

  @GetMapping
  @Operation(summary = "List users of the tenant (user admins)")
  public ApiPage<UserJson> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    PageRequest page = ApiPage.request(offset, limit);
    return ApiPage.of(users.find(ApiActor.current(), q, page), page, UserJson::of);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One user (user admins, or the user itself)")
  public UserJson get(@PathVariable UUID id) {
    return UserJson.of(users.get(ApiActor.current(), new UserId(id)));
  }

  @PostMapping
  @Operation(
      summary =
          "Create a user (user admins); 201 with its one-time password, 422 lists invalid fields")
  public ResponseEntity<CreatedUserJson> create(@RequestBody UserRequest body) {
    List<FieldError> unreadable = UserRequest.newErrors();
    var draft = body.toDraft(unreadable);
    if (!unreadable.isEmpty()) {
      throw new ApiErrors.Invalid(unreadable);
    }
    UserChange change = users.create(ApiActor.current(), draft);
    if (change instanceof UserChange.Rejected r) {
      throw new ApiErrors.Invalid(r.errors());
    }
    UserChange.Created created = (UserChange.Created) change;
    UserJson user = UserJson.of(created.user());
    return ResponseEntity.created(URI.create("/api/users/" + user.id()))
        .body(new CreatedUserJson(user, created.oneTimePassword()));
  }

  @PostMapping("/{id}/disable")
  @Operation(summary = "Disable a user: its sessions end and its API keys are revoked at once")
  public UserJson disable(@PathVariable UUID id) {
    return UserJson.of(users.disable(ApiActor.current(), new UserId(id)));
  }

  @PostMapping("/{id}/enable")
  @Operation(summary = "Enable a disabled user again")
  public UserJson enable(@PathVariable UUID id) {
    return UserJson.of(users.enable(ApiActor.current(), new UserId(id)));
  }

  @PostMapping("/{id}/password-reset")
  @Operation(
      summary =
          "Reset a user's password to a one-time password (to be changed at the next sign-in)")
  public PasswordResetJson resetPassword(@PathVariable UUID id) {
    return new PasswordResetJson(users.resetPassword(ApiActor.current(), new UserId(id)));
  }

  @PostMapping("/{id}/two-factor/off")
  @Operation(summary = "Turn a user's two-factor sign-in off (user admins; e.g. a lost phone)")
  public ResponseEntity<Void> turnTwoFactorOff(@PathVariable UUID id) {
    twoFactor.turnOff(ApiActor.current(), new UserId(id));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/two-factor-policy")
  @Operation(summary = "Whether the tenant requires two-factor sign-in of its staff")
  public TwoFactorPolicyJson twoFactorPolicy() {
    return new TwoFactorPolicyJson(twoFactor.requiredForStaff(ApiActor.current()));
  }

  @PutMapping("/two-factor-policy")
  @Operation(
      summary =
          "Require (or stop requiring) two-factor sign-in of the tenant's staff (super admins)")
  public TwoFactorPolicyJson setTwoFactorPolicy(@RequestBody TwoFactorPolicyJson body) {
    twoFactor.requireForStaff(ApiActor.current(), body.staffTwoFactorRequired());
    return new TwoFactorPolicyJson(twoFactor.requiredForStaff(ApiActor.current()));
  }
}
