package com.didtron.ui.ratedeck;

import com.didtron.activities.ratedeck.OwnRates;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.domain.access.Actor;
import com.didtron.domain.product.Product;
import com.didtron.ui.base.ForProduct;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * A customer's own prices: the active version of its sell card, searchable by prefix and
 * destination, with a CSV download. Nothing of any other account.
 */
@ForProduct(Product.VOICE)
@Route(value = "my-rates", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "My rates", order = 26, icon = VaadinIcon.CALC_BOOK)
@PageTitle("My rates · DIDTron")
@RolesAllowed("CUSTOMER")
public class MyRatesView extends Div implements HasPageHeader {
  private final transient OwnRates rates;
  private final transient Optional<RateCard> card;

  public MyRatesView(OwnRates rates) {
    this.rates = rates;
    Actor actor = UiActor.current();
    this.card = rates.card(actor).filter(c -> c.activeVersionId() != null);
    if (card.isEmpty()) {
      add(new Paragraph("You have no active rates yet; your operator publishes them here."));
      return;
    }
    add(
        new Paragraph(
            "Your rates per minute in "
                + card.get().currency().code()
                + " (version "
                + card.get().activeVersionNumber()
                + "): the longest matching prefix prices a call."),
        new DeckBrowser((filter, page) -> rates.entries(actor, filter, page), false));
  }

  @Override
  public List<Component> headerActions() {
    if (card == null || card.isEmpty()) {
      return List.of();
    }
    Actor actor = UiActor.current();
    Anchor export =
        new Anchor(
            event -> {
              event.setFileName("my-rates-v" + card.get().activeVersionNumber() + ".csv");
              event.setContentType("text/csv");
              rates.export(actor, event.getOutputStream());
            },
            "Download CSV");
    export.addClassName("dt-export");
    return List.of(export);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("My rates", "Home");
  }
}
