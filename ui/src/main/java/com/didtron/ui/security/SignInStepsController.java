package com.didtron.ui.security;

import com.didtron.activities.security.DidtronPrincipal;
import com.didtron.activities.security.LoginThrottle;
import com.didtron.activities.user.SignInState;
import com.didtron.activities.user.TwoFactor;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.AccessDenied;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two-factor sign-in pages: the code step of a sign-in (with enrolment first when the tenant
 * requires 2FA of staff and the user has no app yet), and a signed-in staff user's own enrolment.
 * Wrong codes count against the sign-in throttle like wrong passwords.
 */
@Controller
class SignInStepsController {
  private final TwoFactor twoFactor;
  private final UserLogins logins;
  private final LoginThrottle throttle;
  private final HttpSessionSecurityContextRepository contexts =
      new HttpSessionSecurityContextRepository();

  SignInStepsController(TwoFactor twoFactor, UserLogins logins, LoginThrottle throttle) {
    this.twoFactor = twoFactor;
    this.logins = logins;
    this.throttle = throttle;
  }

  @GetMapping(SessionGuardFilter.TWO_FACTOR)
  ResponseEntity<String> twoFactorPage(HttpServletRequest request) {
    return page(request, null);
  }

  @PostMapping(SessionGuardFilter.TWO_FACTOR)
  Object twoFactorCode(
      HttpServletRequest request,
      HttpServletResponse response,
      @RequestParam(name = "code", required = false) String code)
      throws IOException {
    Object principal = principal();
    if (principal instanceof PendingSecondFactor pending) {
      return signInStep(request, response, pending, code);
    }
    DidtronPrincipal user = (DidtronPrincipal) principal;
    if (!twoFactor.confirm(user.actor(), code)) {
      return page(request, "That code is not right; enter the current code of your app");
    }
    return html(
        SimplePage.of(
            request,
            "Two-factor sign-in is on",
            "From now on sign-in asks for a code from your app. <a href=\""
                + request.getContextPath()
                + "/\">Back to DIDTron</a>",
            null,
            "",
            request.getContextPath() + "/"));
  }

  @PostMapping(SessionGuardFilter.TWO_FACTOR + "/off")
  ResponseEntity<String> turnOff(HttpServletRequest request) {
    if (!(principal() instanceof DidtronPrincipal user)) {
      throw new AccessDenied("Sign in first");
    }
    twoFactor.turnOff(user.actor(), user.user().id());
    return page(request, null);
  }

  private Object signInStep(
      HttpServletRequest request,
      HttpServletResponse response,
      PendingSecondFactor pending,
      String code)
      throws IOException {
    String email = pending.email();
    if (throttle.lockedUntil(email, pending.address()).isPresent()) {
      throttle.failed(email, pending.address());
      return page(request, "Too many wrong codes; wait a minute and try again");
    }
    SignInState state = logins.state(pending.principal().user().id()).orElseThrow();
    boolean right =
        state.totpEnabled()
            ? twoFactor.verify(state.user().id(), code)
            : twoFactor.confirm(pending.principal().actor(), code);
    if (!right) {
      throttle.failed(email, pending.address());
      return page(request, "That code is not right; enter the current code of your app");
    }
    throttle.succeeded(email);
    logins.signedIn(state.user().id());
    DidtronPrincipal user = pending.principal();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    request.changeSessionId();
    contexts.saveContext(context, request, response);
    response.sendRedirect(request.getContextPath() + "/");
    return null;
  }

  private ResponseEntity<String> page(HttpServletRequest request, String error) {
    Object principal = principal();
    String action = request.getContextPath() + SessionGuardFilter.TWO_FACTOR;
    String codeField =
        SimplePage.field("Code from your authenticator app", "code", "text", "one-time-code");
    if (principal instanceof PendingSecondFactor pending) {
      SignInState state = logins.state(pending.principal().user().id()).orElseThrow();
      if (state.totpEnabled()) {
        return html(
            SimplePage.of(
                request,
                "Enter your code",
                "Open your authenticator app and enter the " + "six-digit code for DIDTron.",
                error,
                codeField + "<button type=\"submit\">Sign in</button>",
                action));
      }
      return html(
          enrolment(
              request,
              pending.principal(),
              error,
              "Your organisation requires two-factor " + "sign-in for staff. ",
              action,
              codeField));
    }
    if (!(principal instanceof DidtronPrincipal user)) {
      throw new AccessDenied("Sign in first");
    }
    if (logins.state(user.user().id()).map(SignInState::totpEnabled).orElse(false)) {
      return html(
          SimplePage.of(
              request,
              "Two-factor sign-in is on",
              "Sign-in asks for a code from your " + "authenticator app.",
              error,
              "<button type=\"submit\">Turn two-factor sign-in off</button>",
              action + "/off"));
    }
    return html(enrolment(request, user, error, "", action, codeField));
  }

  private String enrolment(
      HttpServletRequest request,
      DidtronPrincipal user,
      String error,
      String why,
      String action,
      String codeField) {
    TwoFactor.Enrolment e = twoFactor.begin(user.actor());
    String message =
        SimplePage.esc(why)
            + "Add DIDTron to your authenticator app with this link or secret, "
            + "then enter the code it shows.</p><p><a href=\""
            + SimplePage.esc(e.otpauthUri())
            + "\"><code>"
            + SimplePage.esc(e.otpauthUri())
            + "</code></a></p><p>Secret: <code data-totp-secret>"
            + SimplePage.esc(e.secret())
            + "</code>";
    return SimplePage.of(
        request,
        "Set up two-factor sign-in",
        message,
        error,
        codeField + "<button type=\"submit\">Turn on</button>",
        action);
  }

  private static Object principal() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? null : auth.getPrincipal();
  }

  static ResponseEntity<String> html(String body) {
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .header("Cache-Control", "no-store")
        .body(body);
  }
}
