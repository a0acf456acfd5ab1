package com.didtron.ui.trunk;

import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.product.Product;
import com.didtron.ui.base.ForProduct;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A customer's or carrier's own trunks, read-only: a customer sees its ingress trunks (source
 * addresses, digest username), a carrier its egress trunks. Changes go through the operator.
 */
@ForProduct(Product.VOICE)
@Route(value = "my-trunks", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "My trunks", order = 25, icon = VaadinIcon.CONNECT)
@PageTitle("My trunks · DIDTron")
@RolesAllowed({"CUSTOMER", "CARRIER"})
public class MyTrunksView extends Div implements HasPageHeader {
  public MyTrunksView(Trunks trunks) {
    Actor actor = UiActor.current();
    AccountId own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    TrunkGrid grid = new TrunkGrid();
    grid.setItems(trunks.list(actor, own, false));
    add(
        new Paragraph(
            "The interconnects the switch knows for your account. Passwords are never shown;"
                + " ask your operator to change a trunk."),
        grid);
    trunks
        .callBlock(actor, own)
        .ifPresent(
            b -> {
              Paragraph blocked =
                  new Paragraph(
                      "New calls of your account are blocked since "
                          + b.blockedAt()
                          + ": "
                          + b.reason()
                          + ". Please contact your operator.");
              blocked.addClassName("dt-warning");
              addComponentAsFirst(blocked);
            });
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("My trunks", "Home");
  }
}
