/** Credit notes against invoices and their FINANCE approval workflow. See docs/settlement.md. */
package com.didtron.activities.creditnote;
