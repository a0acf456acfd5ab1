package com.didtron.activities.kyc;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.ProviderStubs;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.KycDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without Stripe Identity settings (this test platform has none) KYC is manual review only: the
 * case says so, never calls Stripe, and asks for an identity document with the country's others.
 */
class KycManualReviewIT extends ActivitiesIT {
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

  @Autowired KycService kyc;
  @Autowired Fixtures fixtures;

  private KycService.KycCase awaitState(Actor actor, Account account, String state) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> kyc.get(actor, account.id()), c -> c.state().equals(state));
  }

  @Test
  void withoutStripeTheCaseIsManualReviewAndAsksForAnIdentityDocument() throws Exception {
    Actor admin = admin().inTenant(fixtures.tenant(Fixtures.unique("kyc-manual")));
    Account account = fixtures.account(admin, Fixtures.unique("KycManual"));

    KycService.KycCase before = kyc.get(admin, account.id());
    assertThat(before.identityVerification()).isEqualTo("unavailable");
    assertThat(before.identityVerificationNote()).contains("manual review only");

    kyc.start(admin, account.id(), "de");
    KycService.KycCase waiting = awaitState(admin, account, "DOCUMENTS_REQUIRED");
    assertThat(waiting.required())
        .extracting(KycService.Required::document, KycService.Required::uploaded)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("IDENTITY", false),
            org.assertj.core.groups.Tuple.tuple("PROOF_OF_ADDRESS", false));
    assertThat(waiting.required()).allSatisfy(r -> assertThat(r.why()).isNotBlank());
    assertThatThrownBy(() -> kyc.identityLink(admin, account.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("manual review");

    kyc.upload(
        admin,
        account.id(),
        KycDocument.PROOF_OF_ADDRESS,
        LocalDate.now().minusDays(10),
        "bill.pdf",
        new ByteArrayInputStream(PDF));
    assertThat(awaitState(admin, account, "DOCUMENTS_REQUIRED").required())
        .filteredOn(KycService.Required::uploaded)
        .extracting(KycService.Required::document)
        .containsExactly("PROOF_OF_ADDRESS");
    kyc.upload(
        admin,
        account.id(),
        KycDocument.IDENTITY,
        null,
        "passport.pdf",
        new ByteArrayInputStream(PDF));
    awaitState(admin, account, "IN_REVIEW");

    assertThat(
            ProviderStubs.server()
                .findAll(
                    postRequestedFor(urlPathEqualTo("/v1/identity/verification_sessions"))
                        .withFormParam(
                            "metadata[account_id]", equalTo(account.id().value().toString()))))
        .isEmpty();
  }
}
