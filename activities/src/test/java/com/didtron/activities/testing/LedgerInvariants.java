package com.didtron.activities.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.ledger.LedgerVerification;
import com.didtron.activities.ledger.LedgerVerifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After each integration test class: the same checks as {@code didtron ledger verify} over the
 * whole test database. Whatever a test did, the ledger must still balance and match its balances.
 */
public class LedgerInvariants implements AfterAllCallback {
  @Override
  public void afterAll(ExtensionContext context) {
    LedgerVerifier verifier =
        SpringExtension.getApplicationContext(context).getBean(LedgerVerifier.class);
    LedgerVerification result = verifier.verify();
    assertThat(result.violations())
        .as("ledger invariants after " + context.getDisplayName())
        .isEmpty();
  }
}
