package com.didtron.ui.ratedeck;

import com.didtron.activities.ratedeck.ImportProgress;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * A progress bar fed from the importing thread: the page polls twice a second while the import
 * runs, and each update is applied under the UI's lock.
 */
class ImportProgressBar extends Div implements ImportProgress {
  private final transient UI ui;
  private final ProgressBar bar = new ProgressBar(0, 1);
  private final Span phase = new Span("Starting");

  ImportProgressBar(UI ui) {
    this.ui = ui;
    addClassName("dt-stack");
    add(phase, bar);
    ui.setPollInterval(500);
  }

  @Override
  public void update(String text, double fraction) {
    ui.access(
        () -> {
          phase.setText(text);
          bar.setValue(Math.max(0, Math.min(1, fraction)));
        });
  }

  /** Stops polling and runs {@code next} under the UI's lock. */
  void done(Runnable next) {
    ui.access(
        () -> {
          ui.setPollInterval(-1);
          next.run();
        });
  }
}
