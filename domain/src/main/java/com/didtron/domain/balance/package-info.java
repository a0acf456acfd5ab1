/** Prepaid/postpaid balances as customers and the switch see them, and when to alert. */
package com.didtron.domain.balance;
