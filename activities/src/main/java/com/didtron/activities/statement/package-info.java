/**
 * Statements of account for customers and carriers, on screen and as PDF. See docs/settlement.md.
 */
package com.didtron.activities.statement;
