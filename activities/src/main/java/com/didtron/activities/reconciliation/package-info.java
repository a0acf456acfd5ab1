/**
 * Supplier reconciliation: carrier files against our supplier-rated usage. See docs/settlement.md.
 */
package com.didtron.activities.reconciliation;
