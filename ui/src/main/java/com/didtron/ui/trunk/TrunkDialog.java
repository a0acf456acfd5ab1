package com.didtron.ui.trunk;

import com.didtron.activities.trunk.TrunkChange;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.trunk.Transport;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkDraft;
import com.didtron.domain.trunk.TrunkStatus;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Adds or changes one trunk; the server's reasons appear next to the fields, the dialog stays open.
 */
class TrunkDialog extends Dialog {
  private final transient Trunks trunks;
  private final Account account;
  private final Trunk trunk;
  private final Runnable saved;
  private final TrunkForm form = new TrunkForm();
  private final Span status = new Span();

  TrunkDialog(Trunks trunks, Account account, Trunk trunk, Runnable saved) {
    this.trunks = trunks;
    this.account = account;
    this.trunk = trunk;
    this.saved = saved;
    setHeaderTitle(trunk == null ? "New trunk" : trunk.name());
    TrunkDirection side =
        account.kind().sellsToUs() && !account.kind().buysFromUs()
            ? TrunkDirection.EGRESS
            : TrunkDirection.INGRESS;
    form.fill(
        trunk != null
            ? trunk.toDraft()
            : new TrunkDraft(
                "",
                side,
                "",
                Transport.UDP,
                "",
                0,
                "",
                null,
                null,
                List.of(),
                null,
                null,
                null,
                TrunkStatus.ACTIVE));
    form.direction.setReadOnly(trunk != null);
    Button save = new Button("Save trunk", e -> save());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(form, status);
    getFooter().add(new Button("Cancel", e -> close()), save);
  }

  private void save() {
    TrunkChange change =
        trunk == null
            ? trunks.create(UiActor.current(), account.id(), form.draft())
            : trunks.update(
                UiActor.current(), account.id(), trunk.id(), trunk.version(), form.draft());
    switch (change) {
      case TrunkChange.Saved s -> {
        Toasts.success(s.trunk().name() + " saved");
        close();
        saved.run();
      }
      case TrunkChange.Rejected r -> {
        List<FieldError> other = form.showErrors(r.errors());
        status.setText(
            other.isEmpty() ? "Please correct the marked fields" : other.get(0).message());
      }
    }
  }
}
