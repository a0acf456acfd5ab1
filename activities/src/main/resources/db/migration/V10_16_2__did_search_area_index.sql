-- The search by area (issue 12 point 11): with (tenant, country, type) alone the area filter was applied
-- while walking did_inventory_search in number order, so a small area behind large ones read hundreds of
-- thousands of rows (330 ms p50 over 1,000,000 numbers). This index walks one area in number order
-- (DidOffers matches it with `lower(i.area) = lower(?)`); the country and type, when asked too, are a
-- filter on that area's rows.
CREATE INDEX did_inventory_search_area ON did_inventory (tenant_id, lower(area), number)
    WHERE status = 'AVAILABLE' AND deleted_at IS NULL;
