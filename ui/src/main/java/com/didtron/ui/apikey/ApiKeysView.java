package com.didtron.ui.apikey;

import com.didtron.activities.apikey.ApiKeyRequest;
import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.apikey.CreatedApiKey;
import com.didtron.domain.apikey.ApiKey;
import com.didtron.domain.page.Page;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Times;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The signed-in user's REST API keys: create (the key is shown once), list, revoke. */
@Route(value = "api-keys", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "API keys", order = 30, icon = VaadinIcon.KEY)
@PageTitle("API keys · DIDTron")
@PermitAll
public class ApiKeysView extends Div implements HasPageHeader {
  private final transient ApiKeyService keys;
  private final PagedGrid<ApiKey> grid;

  public ApiKeysView(ApiKeyService keys) {
    this.keys = keys;
    this.grid =
        new PagedGrid<>(
            configureGrid(),
            page -> {
              List<ApiKey> all = keys.mine(UiActor.current());
              int from = Math.min(page.offset(), all.size());
              return new Page<>(
                  all.subList(from, Math.min(from + page.limit(), all.size())), all.size());
            });
    add(
        new Paragraph(
            "Send a key as 'Authorization: Bearer <key>' to the REST API (/api/…, described at "
                + "/v3/api-docs). It acts as you, with your roles."),
        grid);
    grid.refresh();
  }

  private Grid<ApiKey> configureGrid() {
    Grid<ApiKey> g = new Grid<>();
    g.addColumn(ApiKey::name).setHeader("Name").setFlexGrow(2);
    g.addColumn(k -> k.prefix() + "…").setHeader("Key");
    g.addColumn(k -> Times.dateTime(k.createdAt())).setHeader("Created");
    g.addColumn(k -> k.lastUsedAt() == null ? "never" : Times.dateTime(k.lastUsedAt()))
        .setHeader("Last used");
    g.addColumn(k -> k.readOnly() ? "Read-only" : "Read and write").setHeader("Scope");
    g.addColumn(k -> k.expiresAt() == null ? "never" : Times.dateTime(k.expiresAt()))
        .setHeader("Expires (UTC)");
    g.addColumn(ApiKeysView::status).setHeader("Status");
    g.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke");
    return g;
  }

  private static String status(ApiKey k) {
    if (!k.isActive()) {
      return "Revoked " + Times.dateTime(k.revokedAt());
    }
    return k.isUsableAt(Instant.now()) ? "Active" : "Expired";
  }

  private Component revokeButton(ApiKey key) {
    Button b =
        new Button(
            "Revoke",
            VaadinIcon.BAN.create(),
            e -> {
              keys.revoke(UiActor.current(), key.id());
              Toasts.success("Key " + key.name() + " revoked");
              grid.reload();
            });
    b.addThemeVariants(
        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    b.setVisible(key.isActive());
    return b;
  }

  private void openNewKey() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("New API key");
    TextField name = new TextField("Name");
    name.setPlaceholder("e.g. billing export");
    name.setMaxLength(80);
    DatePicker expires = new DatePicker("Expires (optional, UTC midnight)");
    expires.setMin(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    Checkbox readOnly = new Checkbox("Read-only (may only GET)");
    Button create =
        new Button(
            "Create",
            e -> {
              Instant expiry =
                  expires.getValue() == null
                      ? null
                      : expires.getValue().atStartOfDay(ZoneOffset.UTC).toInstant();
              try {
                CreatedApiKey created =
                    keys.create(
                        UiActor.current(),
                        new ApiKeyRequest(name.getValue(), expiry, readOnly.getValue()));
                dialog.close();
                grid.refresh();
                showSecret(created);
              } catch (IllegalArgumentException ex) {
                Toasts.error(ex.getMessage());
              }
            });
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(name, expires, readOnly));
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
    dialog.open();
  }

  private static void showSecret(CreatedApiKey created) {
    Dialog d = new Dialog();
    d.setHeaderTitle("API key created");
    Pre secret = new Pre(created.secret());
    secret.addClassName("dt-secret");
    d.add(
        new Paragraph("Copy the key now: it is shown only this once (only a hash is stored)."),
        secret);
    d.getFooter().add(new Button("Done", e -> d.close()));
    d.open();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("API keys", "Home");
  }

  @Override
  public List<Component> headerActions() {
    Button add = new Button("New API key", VaadinIcon.KEY.create(), e -> openNewKey());
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return List.of(add);
  }
}
