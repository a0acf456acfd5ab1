/**
 * Business rules as Camunda DMN decision tables (routing, pricing, KYC requirements, alerts): one
 * {@code .dmn} file per decision under {@code src/main/resources/decisions}, and a typed façade per
 * decision so callers never touch the DMN engine. Tables are evaluated in activities or compiled
 * into indexes, never per call on the hot path.
 */
package com.didtron.decisions;
