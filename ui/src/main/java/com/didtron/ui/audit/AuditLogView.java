package com.didtron.ui.audit;

import com.didtron.activities.audit.AuditLog;
import com.didtron.activities.audit.AuditQuery;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Every change to the tenant's data: filter by user, entity and time; select a row for its diff.
 */
@Route(value = "audit", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "Audit log",
    order = 20,
    icon = VaadinIcon.CLIPBOARD_TEXT)
@PageTitle("Audit log · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "AUDITOR"})
public class AuditLogView extends Div implements HasPageHeader {
  private final TextField actor = new TextField();
  private final ComboBox<String> entity = new ComboBox<>();
  private final TextField entityId = new TextField();
  private final DateTimePicker from = new DateTimePicker();
  private final DateTimePicker to = new DateTimePicker();

  public AuditLogView(AuditLog log) {
    actor.setPlaceholder("User");
    actor.setAriaLabel("User");
    actor.setValueChangeMode(ValueChangeMode.LAZY);
    entity.setPlaceholder("Entity type");
    entity.setAriaLabel("Entity type");
    entity.setItems(log.entityTypes(UiActor.current()));
    entity.setClearButtonVisible(true);
    entityId.setPlaceholder("Entity id");
    entityId.setAriaLabel("Entity id");
    entityId.setValueChangeMode(ValueChangeMode.LAZY);
    from.setDatePlaceholder("From (UTC)");
    from.setAriaLabel("From (UTC)");
    to.setDatePlaceholder("To (UTC)");
    to.setAriaLabel("To (UTC)");
    AuditTrailGrid trail = new AuditTrailGrid(log, this::query);
    actor.addValueChangeListener(e -> trail.refresh());
    entity.addValueChangeListener(e -> trail.refresh());
    entityId.addValueChangeListener(e -> trail.refresh());
    from.addValueChangeListener(e -> trail.refresh());
    to.addValueChangeListener(e -> trail.refresh());
    Div filters = new Div(actor, entity, entityId, from, to);
    filters.addClassName("dt-toolbar");
    add(filters, trail);
  }

  private AuditQuery query() {
    return new AuditQuery(
        actor.getValue(),
        entity.getValue(),
        entityId.getValue(),
        instant(from.getValue()),
        instant(to.getValue()));
  }

  private static Instant instant(LocalDateTime t) {
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Audit log", "Administration");
  }
}
