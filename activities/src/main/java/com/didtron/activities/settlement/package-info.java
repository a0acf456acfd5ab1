/**
 * What invoicing, credit notes and netting share: settings ({@code didtron.settlement.*}) and the
 * gap-free document counter. See docs/settlement.md.
 */
package com.didtron.activities.settlement;
