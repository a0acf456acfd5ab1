/**
 * Bilateral netting of companies that are both customer and carrier, and the disputes it holds out.
 * See docs/settlement.md.
 */
package com.didtron.activities.netting;
