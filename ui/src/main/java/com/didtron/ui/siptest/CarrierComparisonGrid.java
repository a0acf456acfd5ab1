package com.didtron.ui.siptest;

import com.didtron.activities.siptest.CarrierComparison;
import com.vaadin.flow.component.grid.Grid;

/** Carriers side by side: KPIs per carrier over all numbers (bold), then per number. */
class CarrierComparisonGrid extends Grid<CarrierComparison> {
  CarrierComparisonGrid() {
    setAllRowsVisible(true);
    addClassName("dt-grid");
    addColumn(CarrierComparison::carrierName).setHeader("Carrier").setAutoWidth(true);
    addColumn(c -> c.destination() == null ? "All numbers" : c.destination())
        .setHeader("Number")
        .setAutoWidth(true);
    addColumn(c -> c.kpis().attempts()).setHeader("Calls");
    addColumn(c -> Figures.percent(c.kpis().asrPercent())).setHeader("ASR");
    addColumn(c -> Figures.percent(c.kpis().nerPercent())).setHeader("NER");
    addColumn(c -> Figures.seconds(c.kpis().acdSeconds())).setHeader("ACD");
    addColumn(c -> Figures.ms(c.kpis().pddP50Ms())).setHeader("PDD p50");
    addColumn(c -> Figures.ms(c.kpis().pddP95Ms())).setHeader("PDD p95");
    addColumn(c -> Figures.mos(c.kpis().mos())).setHeader("MOS");
    setPartNameGenerator(c -> c.destination() == null ? "dt-total-row" : null);
  }
}
