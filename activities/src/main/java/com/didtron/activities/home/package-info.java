/**
 * The home pages' figures: one read-only façade ({@link com.didtron.activities.home.HomeService})
 * that gathers, for the signed-in user, what the first page after sign-in shows — a customer's
 * balance, whether its calls are allowed and why, its spend and last invoice; a carrier's money
 * both ways, last statement, netting proposals and traffic; staff's counters for their tenant, each
 * only for the roles that may open the page it links to. Owns no table: it reads through the other
 * features' façades. See docs/portals.md, "Home pages".
 */
package com.didtron.activities.home;
