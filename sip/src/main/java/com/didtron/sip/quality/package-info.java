/**
 * Pure quality arithmetic: RFC 3550 loss and jitter, the G.107 E-model MOS estimate, percentiles
 * and carrier KPIs (ASR, NER, ACD, PDD p50/p95, MOS).
 */
package com.didtron.sip.quality;
