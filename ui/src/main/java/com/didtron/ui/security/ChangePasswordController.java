package com.didtron.ui.security;

import com.didtron.activities.security.DidtronPrincipal;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.PasswordChange;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.AccountDraft.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in user changes its password (the current one required). After a one-time password (new
 * user, admin reset) {@link SessionGuardFilter} sends every request here until it is done.
 */
@Controller
class ChangePasswordController {
  private final OwnPassword passwords;

  ChangePasswordController(OwnPassword passwords) {
    this.passwords = passwords;
  }

  @GetMapping(SessionGuardFilter.CHANGE_PASSWORD)
  ResponseEntity<String> form(HttpServletRequest request) {
    user();
    return page(request, null);
  }

  @PostMapping(SessionGuardFilter.CHANGE_PASSWORD)
  ResponseEntity<String> change(
      HttpServletRequest request,
      HttpServletResponse response,
      @RequestParam(name = "currentPassword", required = false) String current,
      @RequestParam(name = "newPassword", required = false) String next,
      @RequestParam(name = "repeatPassword", required = false) String repeat)
      throws IOException {
    DidtronPrincipal user = user();
    if (next == null || !next.equals(repeat)) {
      return page(request, "The new password and its repetition differ");
    }
    PasswordChange outcome = passwords.change(user.actor(), current, next);
    if (outcome instanceof PasswordChange.Rejected rejected) {
      return page(
          request,
          rejected.errors().stream().map(FieldError::message).collect(Collectors.joining("; ")));
    }
    response.sendRedirect(request.getContextPath() + "/");
    return null;
  }

  private static ResponseEntity<String> page(HttpServletRequest request, String error) {
    String fields =
        SimplePage.field("Current password", "currentPassword", "password", "current-password")
            + SimplePage.field(
                "New password (at least " + OwnPassword.MIN_LENGTH + " characters)",
                "newPassword",
                "password",
                "new-password")
            + SimplePage.field("New password again", "repeatPassword", "password", "new-password")
            + "<button type=\"submit\">Change password</button>";
    return SignInStepsController.html(
        SimplePage.of(
            request,
            "Change your password",
            "Choose a new password. If you were given a one-time password, enter it as the current one.",
            error,
            fields,
            request.getContextPath() + SessionGuardFilter.CHANGE_PASSWORD));
  }

  private static DidtronPrincipal user() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof DidtronPrincipal p) {
      return p;
    }
    throw new AccessDenied("Sign in first");
  }
}
