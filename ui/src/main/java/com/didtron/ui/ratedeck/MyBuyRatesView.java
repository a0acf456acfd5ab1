package com.didtron.ui.ratedeck;

import com.didtron.activities.input.InputLimits;
import com.didtron.activities.ratedeck.CarrierRates;
import com.didtron.activities.ratedeck.CarrierUpload;
import com.didtron.activities.ratedeck.OwnRate;
import com.didtron.activities.ratedeck.OwnRateFilter;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateSheet;
import com.didtron.activities.ratedeck.RateVersionSummary;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.product.Product;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.deck.LineError;
import com.didtron.ui.base.CappedUpload;
import com.didtron.ui.base.ForProduct;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A carrier's page of the buy rates we hold for it (its buy card: current and upcoming, searchable,
 * downloadable, with history) and the upload of a new deck, which lands as a draft for our staff to
 * review: never live by itself. A file with invalid rows is refused whole, with each error by line.
 * Nothing of any customer's sell rates.
 */
@ForProduct(Product.VOICE)
@Route(value = "my-buy-rates", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "My buy rates", order = 27, icon = VaadinIcon.CALC_BOOK)
@PageTitle("My buy rates · DIDTron")
@RolesAllowed("CARRIER")
public class MyBuyRatesView extends Div implements HasPageHeader {
  private final transient CarrierRates rates;
  private final Actor actor;
  private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>("The file is");
  private final Upload upload = new Upload();
  private final Div result = new Div();
  private final OwnRatesPanel panel;

  public MyBuyRatesView(CarrierRates rates, InputLimits limits) {
    this.rates = rates;
    this.actor = UiActor.current();
    Optional<RateCard> card = rates.card(actor);
    if (card.isEmpty()) {
      panel = null;
      add(
          new Paragraph(
              "We hold no buy rates for your account yet; ask your account manager to open a buy"
                  + " card, then send your deck here."));
      return;
    }
    add(
        new Paragraph(
            card.get().activeVersionId() == null
                ? "No version of your rates is live with us yet; the decks you send wait for"
                    + " review below."
                : "The rates per minute in "
                    + card.get().currency().code()
                    + " we hold for you (version "
                    + card.get().activeVersionNumber()
                    + "), with upcoming changes and what the last change did. Dates are UTC."));
    panel = new OwnRatesPanel(new Rates(rates, actor), true);
    add(panel, uploadSection(limits));
  }

  private Div uploadSection(InputLimits limits) {
    H3 title = new H3("Send a new deck");
    Paragraph how =
        new Paragraph(
            "A CSV file with the header prefix, destination, rate, connect_fee, initial_increment,"
                + " subsequent_increment, effective_from, effective_to (or the column layout we"
                + " agreed with you), "
                + CappedUpload.hint(limits.deckUpload())
                + ". A file with any invalid row is refused whole, with each error by line. A"
                + " valid file waits for review by our staff and is not live until they activate"
                + " it.");
    mode.setItems(ImportMode.values());
    mode.setItemLabelGenerator(
        m ->
            m == ImportMode.REPLACE
                ? "The whole deck (prefixes missing from it close)"
                : "Changes only (other prefixes stay as they are)");
    mode.setValue(ImportMode.REPLACE);
    CappedUpload.toTempFile(
        upload, limits.deckUpload(), "The deck file", "deck-upload", this::uploaded);
    upload.setMaxFiles(1);
    upload.setAcceptedFileTypes(".csv", "text/csv");
    upload.setId("deck-upload");
    result.setId("upload-result");
    Div section = new Div(title, how, mode, upload, result);
    section.addClassName("dt-stack");
    return section;
  }

  private void uploaded(UploadMetadata meta, File file) throws IOException {
    try (InputStream in = Files.newInputStream(file.toPath())) {
      receive(meta.fileName(), in);
    } finally {
      Files.deleteIfExists(file.toPath());
    }
    upload.clearFileList();
  }

  /** Sends a file to {@link CarrierRates#upload} and shows what happened. */
  void receive(String fileName, InputStream in) {
    result.removeAll();
    CarrierUpload outcome = rates.upload(actor, mode.getValue(), fileName, in);
    switch (outcome) {
      case CarrierUpload.Received r -> {
        RateVersionSummary v = r.version();
        result.add(
            new Paragraph(
                "Received as version "
                    + v.number()
                    + " ("
                    + Formats.count(v.entries())
                    + " entries: "
                    + Formats.count(v.newRows())
                    + " new, "
                    + Formats.count(v.increasedRows())
                    + " increased, "
                    + Formats.count(v.decreasedRows())
                    + " decreased, "
                    + Formats.count(v.removedRows())
                    + " removed). It waits for review by our staff and is not live yet."));
        panel.reloadHistory();
      }
      case CarrierUpload.Refused r -> {
        result.add(new Paragraph("Not accepted: " + r.reason()));
        if (!r.errors().isEmpty()) {
          Grid<LineError> errors = new Grid<>();
          errors.setId("upload-errors");
          errors.setAllRowsVisible(true);
          errors.addColumn(LineError::line).setHeader("Line").setAutoWidth(true);
          errors.addColumn(LineError::reason).setHeader("Problem").setFlexGrow(3);
          errors.setItems(r.errors());
          result.add(errors);
          if (r.errorCount() > r.errors().size()) {
            result.add(
                new Paragraph(
                    "The first "
                        + r.errors().size()
                        + " of "
                        + Formats.count(r.errorCount())
                        + " errors are shown."));
          }
        }
      }
    }
  }

  /** The carrier's own buy rates, through {@link CarrierRates}. */
  private record Rates(CarrierRates rates, Actor actor) implements OwnRatesPanel.Source {
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
    return panel == null || rates.card(actor).map(RateCard::activeVersionId).isEmpty()
        ? List.of()
        : panel.downloads();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("My buy rates", "Home");
  }
}
