package com.didtron.ui.fx;

import com.didtron.activities.fx.FxOverrides;
import com.didtron.activities.fx.OpenExchangeRatesClient;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.page.Page;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** FX rates: where published rates come from, and the tenant's manual override rates. */
@Route(value = "fx-rates", layout = MainLayout.class)
@MenuPage(module = MenuModule.FINANCE, title = "FX rates", order = 120, icon = VaadinIcon.GLOBE)
@PageTitle("FX rates · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "AUDITOR"})
public class FxRatesView extends Div implements HasPageHeader {
  private final transient FxOverrides overrides;
  private final PagedGrid<FxOverrides.Override> grid;

  public FxRatesView(FxOverrides overrides, OpenExchangeRatesClient oxr) {
    this.overrides = overrides;
    String why = oxr.unavailableReason();
    String cached = overrides.cacheSummary();
    Paragraph status =
        new Paragraph(
            (why == null
                    ? "Daily rates come from Open Exchange Rates. "
                    : "Published rates are not fetched: " + why + ". ")
                + (cached == null
                    ? "No published rates are cached yet."
                    : "Latest cached: " + cached + "."));
    status.addClassName(why == null ? "dt-banner" : "dt-banner-warning");
    Grid<FxOverrides.Override> g = new Grid<>();
    g.addColumn(o -> o.validFrom().toString()).setHeader("Valid from").setAutoWidth(true);
    g.addColumn(
            o ->
                "1 "
                    + o.base()
                    + " = "
                    + o.rate().stripTrailingZeros().toPlainString()
                    + " "
                    + o.quote())
        .setHeader("Rate")
        .setFlexGrow(2);
    g.addColumn(FxOverrides.Override::reason).setHeader("Reason").setFlexGrow(2);
    g.addColumn(FxOverrides.Override::createdBy).setHeader("Set by");
    grid =
        new PagedGrid<>(
            g,
            page -> {
              List<FxOverrides.Override> all = overrides.list(UiActor.current());
              int from = Math.min(page.offset(), all.size());
              return new Page<>(
                  all.subList(from, Math.min(from + page.limit(), all.size())), all.size());
            });
    add(
        status,
        new Paragraph(
            "Manual rates win over published ones from their first day on, in both directions."),
        grid);
    grid.refresh();
  }

  private void openNew() {
    TextField base = new TextField("From currency");
    TextField quote = new TextField("To currency");
    TextField rate = new TextField("Rate (1 from = rate to)");
    DatePicker from = new DatePicker("Valid from", LocalDate.now());
    TextField reason = new TextField("Reason");
    Dialog d = new Dialog();
    d.setHeaderTitle("Manual FX rate");
    Button save =
        new Button(
            "Save",
            e -> {
              List<FieldError> errors =
                  overrides.set(
                      UiActor.current(),
                      base.getValue(),
                      quote.getValue(),
                      from.getValue(),
                      rate.getValue(),
                      reason.getValue());
              if (!errors.isEmpty()) {
                Toasts.error(
                    errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
                return;
              }
              d.close();
              grid.refresh();
              Toasts.success("Rate saved");
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    d.add(new FormLayout(base, quote, rate, from, reason));
    d.getFooter().add(new Button("Cancel", e -> d.close()), save);
    d.open();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("FX rates", "Finance");
  }

  @Override
  public List<Component> headerActions() {
    if (!UiActor.current().has(Role.SUPER_ADMIN) && !UiActor.current().has(Role.FINANCE)) {
      return List.of();
    }
    Button add = new Button("New rate", VaadinIcon.PLUS.create(), e -> openNew());
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return List.of(add);
  }
}
