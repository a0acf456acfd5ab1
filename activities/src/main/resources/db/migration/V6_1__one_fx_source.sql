-- One source of truth for exchange rates (integration of rating and money): LCR and the route
-- tester convert with the FX service (fx_rate: published daily rates; fx_rate_override: manual
-- overrides per tenant; V4_4__fx.sql), as ledger postings do. Rating's own manual table goes. Its
-- rates were undated ("1 <currency> = rate_to_base <tenant base currency>" whenever used), so they
-- become overrides valid from 1970-01-01 on.
INSERT INTO fx_rate_override (id, tenant_id, base_currency, quote_currency, valid_from, rate, reason,
                              created_by, created_at)
SELECT gen_random_uuid(), m.tenant_id, m.currency, t.base_currency, DATE '1970-01-01',
       round(m.rate_to_base, 12), 'moved from the route tester''s manual rates', 'migration V6_1',
       m.updated_at
FROM fx_manual_rate m
JOIN tenant t ON t.id = m.tenant_id
WHERE m.currency <> t.base_currency AND round(m.rate_to_base, 12) > 0
ON CONFLICT (tenant_id, base_currency, quote_currency, valid_from) DO NOTHING;

DROP TABLE fx_manual_rate;
