/** Usage charges handed from the CDR pipeline to money (the ledger). */
package com.didtron.activities.usage;
