package com.didtron.ui.livecalls;

import com.didtron.activities.livecalls.LiveCalls;
import com.didtron.domain.product.Product;
import com.didtron.ui.base.ForProduct;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A customer's own calls in progress, which it may hang up (e.g. a call it did not expect). */
@ForProduct(Product.LIVE_CALLS)
@Route(value = "my-live-calls", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "Live calls", order = 27, icon = VaadinIcon.PHONE)
@PageTitle("Live calls · DIDTron")
@RolesAllowed("CUSTOMER")
public class MyLiveCallsView extends Div implements HasPageHeader {
  public MyLiveCallsView(LiveCalls calls) {
    add(
        new Paragraph(
            "Your calls going through the switch right now. Hanging one up ends it for both sides."),
        new LiveCallsPanel(calls, () -> null));
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Live calls", "Home");
  }
}
