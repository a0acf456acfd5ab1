package com.didtron.ui.ratedeck;

import com.didtron.activities.ratedeck.DeckOriginals;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.ratedeck.RateCardVersion;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.domain.access.Actor;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.storage.FileLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One rate card: its active deck (searchable, exportable) and its versions. */
@Route(value = "rates/card", layout = MainLayout.class)
@PageTitle("Rate card · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class RateCardView extends Div implements HasPageHeader, HasUrlParameter<String> {
  private final transient RateCardService cards;
  private final transient DeckOriginals originals;
  private final transient StoredFiles files;
  private final TabSheet tabs = new TabSheet();
  private RateCard card;

  public RateCardView(RateCardService cards, DeckOriginals originals, StoredFiles files) {
    this.cards = cards;
    this.originals = originals;
    this.files = files;
    tabs.addClassName("dt-content-tabs");
    add(tabs);
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    card = cards.get(UiActor.current(), UUID.fromString(parameter));
    Div deck = new Div();
    if (card.activeVersionId() == null) {
      deck.add(
          new Span(
              "No version is active yet: import a deck file to price "
                  + card.ownerName()
                  + "'s calls."));
    } else {
      deck.add(new DeckBrowser(cards, card.activeVersionId(), false));
    }
    tabs.add("Deck", deck);
    tabs.add("Versions", versions());
  }

  private PagedGrid<RateCardVersion> versions() {
    PagedGrid<RateCardVersion> grid =
        new PagedGrid<>(new Grid<>(), page -> cards.versions(UiActor.current(), card.id(), page));
    Grid<RateCardVersion> g = grid.grid();
    g.addColumn(v -> "v" + v.number()).setHeader("Version");
    g.addColumn(v -> v.status().name()).setHeader("Status");
    g.addColumn(v -> v.mode().name()).setHeader("Mode");
    g.addColumn(RateCardVersion::sourceName).setHeader("File").setFlexGrow(2);
    Actor actor = UiActor.current();
    g.addComponentColumn(
            v ->
                originals
                    .of(actor, v.id())
                    .<Component>map(f -> FileLinks.download(files, actor, f.id(), "Original"))
                    .orElseGet(Span::new))
        .setHeader("Original")
        .setKey("original");
    g.addColumn(v -> Formats.count(v.entries())).setHeader("Entries");
    g.addColumn(v -> Formats.count(v.errorRows())).setHeader("Invalid rows");
    g.addColumn(v -> Formats.instant(v.createdAt()) + " · " + v.createdBy()).setHeader("Imported");
    g.addColumn(
            v ->
                v.activatedAt() == null
                    ? ""
                    : Formats.instant(v.activatedAt()) + " · " + v.activatedBy())
        .setHeader("Activated");
    g.addItemClickListener(
        e ->
            UI.getCurrent()
                .navigate(
                    RateImportView.class,
                    QueryParameters.simple(Map.of("version", e.getItem().id().toString()))));
    grid.refresh();
    return grid;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of(
        card == null ? "Rate card" : card.label() + " (" + card.currency().code() + ")",
        "Rating",
        "Rate cards");
  }

  @Override
  public List<Component> headerActions() {
    List<Component> actions = new ArrayList<>();
    Actor actor = UiActor.current();
    if (card != null && card.activeVersionId() != null) {
      UUID version = card.activeVersionId();
      String file =
          card.ownerName().replaceAll("[^A-Za-z0-9_-]", "_")
              + "-"
              + card.side().name().toLowerCase()
              + "-v"
              + card.activeVersionNumber()
              + ".csv";
      Anchor export = new Anchor(exportHandler(actor, version, file), "Export CSV");
      export.addClassName("dt-export");
      actions.add(export);
    }
    if (card != null && (actor.has(Role.SUPER_ADMIN) || actor.has(Role.FINANCE))) {
      Button upload =
          new Button(
              "Import deck",
              VaadinIcon.UPLOAD.create(),
              e ->
                  UI.getCurrent()
                      .navigate(
                          RateImportView.class,
                          QueryParameters.simple(Map.of("card", card.id().toString()))));
      upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(upload);
    }
    return actions;
  }

  private DownloadHandler exportHandler(Actor actor, UUID version, String file) {
    return event -> {
      event.setFileName(file);
      event.setContentType("text/csv");
      cards.export(actor, version, event.getOutputStream());
    };
  }

  @Override
  public Class<? extends Component> navParent() {
    return RateCardsView.class;
  }
}
