package com.didtron.activities.kyc;

import static com.didtron.activities.db.Tables.KYC_CASE;
import static com.didtron.activities.db.Tables.KYC_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.storage.StoredFiles;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.storage.FileKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The gate subtracts what an account proved (and is still fresh) from the number's needs. */
class ProvenKycGateIT extends ActivitiesIT {
  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

  @Autowired KycGate gate;
  @Autowired StoredFiles files;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  @Test
  void aNewAccountHasProvenNothingAndAVerifiedOneWithAFreshApprovedAddressProofNeedsNothing() {
    Actor admin = admin().inTenant(fixtures.tenant(Fixtures.unique("kyc")));
    Account account = fixtures.account(admin, Fixtures.unique("Kyc"));

    assertThat(gate.unmet(admin.tenantId(), account.id(), "DE", NumberType.GEOGRAPHIC, NOW))
        .extracting(DidRequirement::document)
        .containsExactlyInAnyOrder(KycDocument.IDENTITY, KycDocument.PROOF_OF_ADDRESS);

    db.insertInto(KYC_CASE)
        .set(KYC_CASE.ID, UUID.randomUUID())
        .set(KYC_CASE.TENANT_ID, admin.tenantId().value())
        .set(KYC_CASE.ACCOUNT_ID, account.id().value())
        .set(KYC_CASE.STATE, KycState.IN_REVIEW.name())
        .set(KYC_CASE.IDENTITY_VERIFIED_AT, NOW.minusSeconds(3600))
        .execute();
    UUID doc = document(admin, account, LocalDate.parse("2026-11-01"), "PENDING");

    assertThat(gate.unmet(admin.tenantId(), account.id(), "DE", NumberType.GEOGRAPHIC, NOW))
        .as("a proof still waiting for review proves nothing")
        .extracting(DidRequirement::document)
        .containsExactly(KycDocument.PROOF_OF_ADDRESS);

    db.update(KYC_DOCUMENT)
        .set(KYC_DOCUMENT.REVIEW_STATE, "APPROVED")
        .where(KYC_DOCUMENT.ID.eq(doc))
        .execute();
    assertThat(gate.unmet(admin.tenantId(), account.id(), "DE", NumberType.GEOGRAPHIC, NOW))
        .isEmpty();
    assertThat(
            gate.unmet(
                admin.tenantId(),
                account.id(),
                "DE",
                NumberType.GEOGRAPHIC,
                Instant.parse("2027-02-15T00:00:00Z")))
        .as("the proof of address is older than 90 days by then")
        .extracting(DidRequirement::document)
        .containsExactly(KycDocument.PROOF_OF_ADDRESS);
    assertThat(gate.unmet(admin.tenantId(), account.id(), "US", NumberType.TOLL_FREE, NOW))
        .extracting(DidRequirement::document)
        .containsExactly(KycDocument.BUSINESS_REGISTRATION);
  }

  private UUID document(Actor admin, Account account, LocalDate issued, String review) {
    var stored =
        files.upload(
            admin,
            account.id(),
            FileKind.KYC_DOCUMENT,
            "bill.pdf",
            new ByteArrayInputStream(
                "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    UUID id = UUID.randomUUID();
    db.insertInto(KYC_DOCUMENT)
        .set(KYC_DOCUMENT.ID, id)
        .set(KYC_DOCUMENT.TENANT_ID, admin.tenantId().value())
        .set(KYC_DOCUMENT.ACCOUNT_ID, account.id().value())
        .set(KYC_DOCUMENT.KIND, KycDocument.PROOF_OF_ADDRESS.name())
        .set(KYC_DOCUMENT.STORED_FILE_ID, stored.id())
        .set(KYC_DOCUMENT.ISSUED_ON, issued)
        .set(KYC_DOCUMENT.REVIEW_STATE, review)
        .execute();
    return id;
  }
}
