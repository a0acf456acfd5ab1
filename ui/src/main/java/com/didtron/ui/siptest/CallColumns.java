package com.didtron.ui.siptest;

import com.didtron.activities.siptest.TestCall;
import com.vaadin.flow.component.grid.Grid;

/** The columns of a list of test calls. */
final class CallColumns {
  private CallColumns() {}

  static void configure(Grid<TestCall> g) {
    g.addColumn(c -> Figures.time(c.startedAt())).setHeader("Started (UTC)").setAutoWidth(true);
    g.addColumn(TestCall::carrierName).setHeader("Carrier").setFlexGrow(2);
    g.addColumn(TestCall::destination).setHeader("Number");
    g.addColumn(c -> c.result().name()).setHeader("Result");
    g.addColumn(c -> c.sipCode() == 0 ? "–" : String.valueOf(c.sipCode())).setHeader("SIP");
    g.addColumn(c -> Figures.ms(c.pddMs())).setHeader("PDD");
    g.addColumn(c -> Figures.ms(c.setupMs())).setHeader("Setup");
    g.addColumn(c -> Figures.seconds(c.durationMs() / 1000.0)).setHeader("Duration");
    g.addColumn(c -> c.lossPercent() == null ? "–" : Figures.percent(c.lossPercent()))
        .setHeader("Loss");
    g.addColumn(c -> c.jitterMs() == null ? "–" : Figures.ms(Math.round(c.jitterMs())))
        .setHeader("Jitter");
    g.addColumn(c -> Figures.mos(c.mos())).setHeader("MOS");
    g.addColumn(c -> c.error() == null ? "" : c.error())
        .setHeader("Problem")
        .setFlexGrow(3)
        .setTooltipGenerator(c -> c.error() == null ? "" : c.error());
  }
}
