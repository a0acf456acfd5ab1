package com.didtron.ui.ratedeck;

import com.didtron.activities.ratedeck.OwnRate;
import com.didtron.activities.ratedeck.OwnRateFilter;
import com.didtron.activities.ratedeck.OwnRates;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateSheet;
import com.didtron.activities.ratedeck.RateVersionSummary;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.product.Product;
import com.didtron.ui.base.ForProduct;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's own prices: current and upcoming rates of its sell card, searchable, with the change
 * flags of the last published version, downloads as CSV and XLSX, and the history of rate changes.
 * Nothing of any other account, no cost, supplier or margin.
 */
@ForProduct(Product.VOICE)
@Route(value = "my-rates", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "My rates", order = 26, icon = VaadinIcon.CALC_BOOK)
@PageTitle("My rates · DIDTron")
@RolesAllowed("CUSTOMER")
public class MyRatesView extends Div implements HasPageHeader {
  private final OwnRatesPanel panel;

  public MyRatesView(OwnRates rates) {
    Actor actor = UiActor.current();
    Optional<RateCard> card = rates.card(actor).filter(c -> c.activeVersionId() != null);
    if (card.isEmpty()) {
      panel = null;
      add(new Paragraph("You have no active rates yet; your operator publishes them here."));
      return;
    }
    add(
        new Paragraph(
            "Your rates per minute in "
                + card.get().currency().code()
                + " (version "
                + card.get().activeVersionNumber()
                + "): the longest matching prefix prices a call, billed in the increments shown"
                + " (first/next, in seconds). Upcoming rates take effect on their date; the"
                + " change column says what the last published change did. Dates are UTC."));
    panel = new OwnRatesPanel(new Rates(rates, actor), false);
    add(panel);
  }

  /** The customer's own rates, through {@link OwnRates}. */
  private record Rates(OwnRates rates, Actor actor) implements OwnRatesPanel.Source {
    @Override
    public Page<OwnRate> entries(OwnRateFilter filter, PageRequest page) {
      return rates.entries(actor, filter, page);
    }

    @Override
    public List<RateVersionSummary> history() {
      return rates.history(actor);
    }

    @Override
    public String fileName(UUID versionId, OwnRateFilter filter, RateSheet format) {
      return rates.fileName(actor, versionId, filter, format);
    }

    @Override
    public void export(UUID versionId, OwnRateFilter filter, RateSheet format, OutputStream out) {
      rates.export(actor, versionId, filter, format, out);
    }
  }

  @Override
  public List<Component> headerActions() {
    return panel == null ? List.of() : panel.downloads();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("My rates", "Home");
  }
}
