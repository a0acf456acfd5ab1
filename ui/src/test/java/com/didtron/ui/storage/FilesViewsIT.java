package com.didtron.ui.storage;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.storage.StoredFiles;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.domain.user.Role;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff Files page and a customer's My files: who sees which file, who may download it. */
class FilesViewsIT extends BrowserlessViewsIT {
  private static final byte[] PDF =
      "%PDF-1.7\n% passport\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

  @Autowired StoredFiles files;
  @Autowired Fixtures fixtures;

  private StoredFile upload(Account account, String name) {
    return files.upload(
        admin(), account.id(), FileKind.KYC_DOCUMENT, name, new ByteArrayInputStream(PDF));
  }

  @Test
  @SuppressWarnings("unchecked")
  void staffListEveryAccountsFilesByKindAndACustomerOnlyItsOwn() {
    Account mine = fixtures.account(admin(), Fixtures.unique("FilesMine"));
    Account other = fixtures.account(admin(), Fixtures.unique("FilesOther"));
    StoredFile own = upload(mine, "my passport.pdf");
    StoredFile foreign = upload(other, "their passport.pdf");

    signIn(ADMIN);
    UI.getCurrent().navigate(FilesView.class);
    Select<FileKind> kind = _get(Select.class, spec -> spec.withClasses("dt-files-kind"));
    kind.setValue(FileKind.KYC_DOCUMENT);
    List<StoredFile> staffRows = rows(_get(Grid.class, spec -> spec.withClasses("dt-files-grid")));
    assertThat(staffRows).extracting(StoredFile::id).contains(own.id(), foreign.id());
    assertThat(staffRows).allSatisfy(f -> assertThat(f.kind()).isEqualTo(FileKind.KYC_DOCUMENT));
    kind.setValue(FileKind.INVOICE_PDF);
    assertThat(rows(_get(Grid.class, spec -> spec.withClasses("dt-files-grid"))))
        .extracting(f -> ((StoredFile) f).id())
        .doesNotContain(own.id(), foreign.id());

    String customer = fixtures.portalUser(admin(), mine, Role.CUSTOMER);
    signIn(customer);
    UI.getCurrent().navigate(MyFilesView.class);
    List<StoredFile> customerRows =
        rows(_get(Grid.class, spec -> spec.withClasses("dt-my-files-grid")));
    assertThat(customerRows).extracting(StoredFile::id).containsExactly(own.id());

    // the page's download links read through StoredFiles.open as the signed-in user
    assertThat(files.open(actorOf(customer), own.id()).file().name()).isEqualTo("my passport.pdf");
    assertThatThrownBy(() -> files.open(actorOf(customer), foreign.id()))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("No such file");
    assertThatThrownBy(() -> UI.getCurrent().navigate(FilesView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }

  @Test
  void staffCannotOpenMyFiles() {
    signIn(ADMIN);
    assertThatThrownBy(() -> UI.getCurrent().navigate(MyFilesView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }
}
