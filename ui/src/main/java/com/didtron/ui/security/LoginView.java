package com.didtron.ui.security;

import com.didtron.activities.signup.SignupService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in. A failure never says whether the email exists; after repeated failures the name is
 * throttled and the page says to wait.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · DIDTron")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {
  private final LoginForm form = new LoginForm();

  public LoginView(SignupService signups) {
    addClassName("dt-login");
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    form.setI18n(i18n(false, false));
    Div brand = new Div();
    brand.addClassName("dt-login-brand");
    brand.setText("DIDTron");
    Paragraph tagline = new Paragraph("Wholesale VoIP, billed to the second.");
    tagline.addClassName("dt-login-tagline");
    Div card = new Div(brand, tagline, form);
    card.addClassName("dt-login-card");
    // a single-brand platform's /signup opens its page; with several brands each has its own link
    if (signups.brand(null).isPresent()) {
      Anchor signup = new Anchor("signup", "New customer? Create an account");
      signup.getElement().setAttribute("data-testid", "login-signup");
      card.add(new Paragraph(signup));
    }
    add(card);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
    Object why = failed ? lastFailure() : null;
    form.setI18n(
        i18n(
            why instanceof LockedException,
            why instanceof ThrottledAuthenticationProvider.AwaitingApprovalException));
    form.setError(failed);
  }

  private static Object lastFailure() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session == null || session.getSession() == null) {
      return null;
    }
    return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
  }

  private static LoginI18n i18n(boolean throttled, boolean awaitingApproval) {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in to DIDTron");
    i18n.getForm().setUsername("Email");
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    if (awaitingApproval) {
      error.setTitle("Your account is waiting for approval");
      error.setMessage(
          "Your sign-up was received and is being reviewed. We will email you when it is approved.");
    } else if (throttled) {
      error.setTitle("Too many attempts");
      error.setMessage(
          "Sign-in is paused for this email after repeated failures. Wait a minute and try again.");
    } else {
      error.setTitle("Incorrect email or password");
      error.setMessage("Check your email and password and try again.");
    }
    return i18n;
  }
}
