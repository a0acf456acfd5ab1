package com.didtron.ui.siptest;

import com.didtron.activities.siptest.CustomerSipCheck;
import com.didtron.domain.product.Product;
import com.didtron.sip.ua.OptionsResult;
import com.didtron.ui.base.ForProduct;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A customer checks that its PBX or SBC answers SIP: an OPTIONS ping of the address it enters. */
@Route(value = "my-sip-tester", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "SIP tester", order = 28, icon = VaadinIcon.CONNECT)
@PageTitle("SIP tester · DIDTron")
@RolesAllowed("CUSTOMER")
@ForProduct(Product.SIP_TESTER)
public class MySipTesterView extends Div implements HasPageHeader {
  private final transient CustomerSipCheck check;
  final TextField target = new TextField("SIP address");
  final Button ping = new Button("Send OPTIONS");
  final Paragraph result = new Paragraph();

  public MySipTesterView(CustomerSipCheck check) {
    this.check = check;
    target.setPlaceholder("sip:pbx.example.com:5060");
    ping.addClickListener(e -> ping());
    Div row = new Div(target, ping);
    row.addClassName("dt-toolbar");
    add(row, result);
  }

  void ping() {
    try {
      OptionsResult r = check.ping(UiActor.current(), target.getValue());
      result.setText(
          r.status().name()
              + (r.sipCode() > 0 ? " · " + r.sipCode() : "")
              + (r.rttMs() == null ? "" : " · " + r.rttMs() + " ms")
              + (r.error() == null ? "" : " · " + r.error()));
    } catch (IllegalArgumentException bad) {
      result.setText(bad.getMessage());
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("SIP tester", "Home");
  }
}
