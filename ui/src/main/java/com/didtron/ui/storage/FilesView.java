package com.didtron.ui.storage;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.storage.StoredFileCatalog;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files the platform keeps for the tenant's accounts (KYC documents, rate deck originals,
 * invoice and credit note PDFs…), newest first, by kind; each downloads through the storage rule.
 */
@Route(value = "files", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "Files",
    order = 45,
    icon = VaadinIcon.FOLDER_OPEN)
@PageTitle("Files · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "FINANCE", "AUDITOR"})
public class FilesView extends Div implements HasPageHeader {
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final transient StoredFileCatalog catalog;
  private final transient StoredFiles files;
  private final transient AccountService accounts;
  private final Select<FileKind> kind = new Select<>();
  private final Paragraph counts = new Paragraph();
  private final Grid<StoredFile> grid = new Grid<>();
  private final Map<AccountId, String> names = new HashMap<>();

  public FilesView(StoredFileCatalog catalog, StoredFiles files, AccountService accounts) {
    this.catalog = catalog;
    this.files = files;
    this.accounts = accounts;
    Actor actor = UiActor.current();
    kind.setItems(FileKind.values());
    kind.setEmptySelectionAllowed(true);
    kind.setEmptySelectionCaption("Any kind");
    kind.setAriaLabel("Kind");
    kind.addClassName("dt-files-kind");
    kind.addValueChangeListener(e -> refresh());
    grid.addClassName("dt-files-grid");
    grid.addColumn(f -> f.kind().name()).setHeader("Kind").setAutoWidth(true);
    grid.addColumn(this::accountName).setHeader("Account").setAutoWidth(true);
    grid.addComponentColumn(f -> FileLinks.download(files, actor, f.id(), f.name()))
        .setHeader("Name (download)")
        .setKey("download")
        .setFlexGrow(1);
    grid.addColumn(f -> FileLinks.size(f.size())).setHeader("Size").setAutoWidth(true);
    grid.addColumn(f -> f.contentType().mime()).setHeader("Type").setAutoWidth(true);
    grid.addColumn(f -> TIME.format(f.createdAt())).setHeader("Created (UTC)").setAutoWidth(true);
    grid.addColumn(StoredFile::createdBy).setHeader("By").setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    Div bar = new Div(kind);
    bar.addClassName("dt-toolbar");
    add(counts, bar, grid);
    refresh();
  }

  private String accountName(StoredFile f) {
    if (f.account() == null) {
      return "— (tenant)";
    }
    return names.computeIfAbsent(
        f.account(),
        id -> {
          try {
            return accounts.get(UiActor.current(), id).name();
          } catch (RuntimeException e) {
            return id.toString();
          }
        });
  }

  void refresh() {
    List<StoredFile> rows = catalog.ofTenant(UiActor.current(), kind.getValue(), null);
    grid.setItems(rows);
    counts.setText(
        rows.size()
            + (rows.size() == StoredFileCatalog.MAX ? "+ files" : " file(s)")
            + ", newest first.");
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Files", "Administration");
  }
}
