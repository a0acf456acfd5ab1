package com.didtron.ui.ratedeck;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.ratedeck.CardOutcome;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The rate cards of the tenant: sell cards of customers, buy cards of carriers. */
@Route(value = "rates", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.RATING,
    title = "Rate cards",
    order = 10,
    icon = VaadinIcon.BOOK_DOLLAR)
@PageTitle("Rate cards · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class RateCardsView extends Div implements HasPageHeader, BeforeEnterObserver {
  private final transient RateCardService cards;
  private final transient AccountService accounts;
  private final TextField search = new TextField();
  private final Select<DeckSide> side = new Select<>();
  private final PagedGrid<RateCard> grid;

  public RateCardsView(RateCardService cards, AccountService accounts) {
    this.cards = cards;
    this.accounts = accounts;
    this.grid =
        new PagedGrid<>(
            new Grid<>(),
            page -> cards.find(UiActor.current(), search.getValue(), side.getValue(), page));
    configureFilters();
    configureGrid();
    add(toolbar(), grid);
  }

  private void configureFilters() {
    search.setPlaceholder("Customer or carrier");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setClearButtonVisible(true);
    search.setAriaLabel("Search rate cards");
    search.addValueChangeListener(e -> grid.refresh());
    side.setItems(DeckSide.values());
    side.setItemLabelGenerator(s -> s == DeckSide.SELL ? "Sell (customers)" : "Buy (carriers)");
    side.setEmptySelectionAllowed(true);
    side.setEmptySelectionCaption("Sell and buy");
    side.setAriaLabel("Side");
    side.addValueChangeListener(e -> grid.refresh());
  }

  private Div toolbar() {
    Div bar = new Div(search, side);
    bar.addClassName("dt-toolbar");
    return bar;
  }

  private void configureGrid() {
    Grid<RateCard> g = grid.grid();
    g.addColumn(RateCard::ownerName).setHeader("Owner").setFlexGrow(2);
    g.addColumn(c -> c.side() == DeckSide.SELL ? "Sell" : "Buy").setHeader("Side");
    g.addColumn(c -> c.currency().code()).setHeader("Currency");
    g.addColumn(c -> c.activeVersionNumber() == 0 ? "none yet" : "v" + c.activeVersionNumber())
        .setHeader("Active version");
    g.addColumn(c -> Formats.instant(c.createdAt())).setHeader("Created");
    g.addItemClickListener(
        e -> UI.getCurrent().navigate(RateCardView.class, e.getItem().id().toString()));
  }

  private void openNewCardDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("New rate card");
    Select<DeckSide> newSide = new Select<>();
    newSide.setLabel("Side");
    newSide.setItems(DeckSide.values());
    newSide.setItemLabelGenerator(
        s -> s == DeckSide.SELL ? "Sell card of a customer" : "Buy card of a carrier");
    newSide.setValue(DeckSide.BUY);
    ComboBox<Account> owner = new ComboBox<>("Owner");
    owner.setItemLabelGenerator(a -> a.name() + " (" + a.currency().code() + ")");
    owner.setItems(
        query ->
            accounts
                .find(
                    UiActor.current(),
                    new AccountFilter(
                        query.getFilter().orElse(""),
                        newSide.getValue() == DeckSide.SELL
                            ? AccountKind.CUSTOMER
                            : AccountKind.CARRIER,
                        false),
                    new PageRequest(query.getOffset(), query.getLimit()))
                .rows()
                .stream());
    newSide.addValueChangeListener(e -> owner.clear());
    TextField currency = new TextField("Currency");
    currency.setPlaceholder("the owner's");
    currency.setMaxLength(3);
    Button create =
        new Button(
            "Create",
            e -> create(dialog, owner.getValue(), newSide.getValue(), currency.getValue()));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div form = new Div(newSide, owner, currency);
    form.addClassName("dt-stack");
    dialog.add(form);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
    dialog.open();
  }

  private void create(Dialog dialog, Account owner, DeckSide chosenSide, String currency) {
    if (owner == null) {
      Toasts.error("Choose the customer or carrier that owns the card");
      return;
    }
    switch (cards.create(UiActor.current(), owner.id(), chosenSide, currency)) {
      case CardOutcome.Created created -> {
        dialog.close();
        Toasts.success("Rate card " + created.card().label() + " created");
        UI.getCurrent().navigate(RateCardView.class, created.card().id().toString());
      }
      case CardOutcome.Rejected rejected -> Toasts.error(rejected.message());
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    grid.refresh();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Rate cards", "Rating");
  }

  @Override
  public List<Component> headerActions() {
    var actor = UiActor.current();
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.FINANCE)) {
      return List.of();
    }
    Button upload =
        new Button(
            "Import deck",
            VaadinIcon.UPLOAD.create(),
            e -> UI.getCurrent().navigate(RateImportView.class));
    Button add = new Button("New rate card", VaadinIcon.PLUS.create(), e -> openNewCardDialog());
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return List.of(upload, add);
  }
}
