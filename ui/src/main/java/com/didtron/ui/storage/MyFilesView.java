package com.didtron.ui.storage;

import com.didtron.activities.storage.StoredFiles;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Times;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A customer's or carrier's own files: invoice, credit note and statement PDFs, KYC documents and
 * other uploads of its own account (never another account's), each downloadable.
 */
@Route(value = "my-files", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "My files", order = 29, icon = VaadinIcon.FOLDER_OPEN)
@PageTitle("My files · DIDTron")
@RolesAllowed({"CUSTOMER", "CARRIER"})
public class MyFilesView extends Div implements HasPageHeader {
  /** Kinds a customer sees here; rate deck originals stay with staff. */
  static final Set<FileKind> SHOWN =
      EnumSet.of(
          FileKind.INVOICE_PDF,
          FileKind.CREDIT_NOTE_PDF,
          FileKind.STATEMENT_PDF,
          FileKind.KYC_DOCUMENT,
          FileKind.OTHER);

  private final Grid<StoredFile> grid = new Grid<>();

  public MyFilesView(StoredFiles files) {
    Actor actor = UiActor.current();
    AccountId own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    grid.addClassName("dt-my-files-grid");
    grid.addColumn(f -> f.kind().name()).setHeader("Kind").setAutoWidth(true);
    grid.addComponentColumn(f -> FileLinks.download(files, actor, f.id(), f.name()))
        .setHeader("Name (download)")
        .setKey("download")
        .setFlexGrow(1);
    grid.addColumn(f -> FileLinks.size(f.size())).setHeader("Size").setAutoWidth(true);
    grid.addColumn(f -> Times.dateTime(f.createdAt())).setHeader("Created").setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    List<StoredFile> rows =
        files.list(actor, own, null).stream().filter(f -> SHOWN.contains(f.kind())).toList();
    grid.setItems(rows);
    add(
        new Paragraph(
            rows.isEmpty()
                ? "No files yet: invoices and the documents you upload for verification show here."
                : rows.size() + " file(s), newest first."),
        grid);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("My files", "Home");
  }
}
