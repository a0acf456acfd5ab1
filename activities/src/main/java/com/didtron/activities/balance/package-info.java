/**
 * Prepaid and postpaid balances: {@link com.didtron.activities.balance.CustomerBalances} reads a
 * customer's balance from the ledger; {@link com.didtron.activities.balance.BalanceMonitor} is told
 * of every change, sends low/zero-balance alerts through the outbox and hands the new balance to
 * the switch-sync seam after commit.
 */
package com.didtron.activities.balance;
