package com.didtron.ui.signup;

import com.didtron.activities.signup.SignupOutcome;
import com.didtron.activities.signup.SignupQueue;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the verification email's link leads: confirms the address once, then says what is next. */
@Route(value = "signup/verify", autoLayout = false)
@PageTitle("Confirm your email · DIDTron")
@AnonymousAllowed
public class VerifyEmailView extends Main implements BeforeEnterObserver {
  private final transient SignupQueue queue;
  final H2 title = new H2();
  final Paragraph message = new Paragraph();

  public VerifyEmailView(SignupQueue queue) {
    this.queue = queue;
    addClassName("dt-login");
    Div card = new Div(title, message, new Anchor("login", "Sign in"));
    card.addClassName("dt-login-card");
    add(card);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String token =
        event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
    switch (queue.verify(token)) {
      case SignupOutcome.Verified v -> {
        title.setText("Email confirmed");
        message.setText(v.message());
      }
      case SignupOutcome.Invalid i -> {
        title.setText("Link not valid");
        message.setText(i.message());
      }
    }
  }
}
