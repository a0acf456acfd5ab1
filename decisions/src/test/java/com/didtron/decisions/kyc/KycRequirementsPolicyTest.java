package com.didtron.decisions.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows of {@code kyc-requirements.dmn} and the union with a country's requirements. */
class KycRequirementsPolicyTest {
  private final KycRequirementsPolicy policy = KycRequirementsPolicy.standard();

  private static List<KycDocument> docs(List<DidRequirement> rs) {
    return rs.stream().map(DidRequirement::document).toList();
  }

  @Test
  void everyNumberNeedsAVerifiedIdentityOnly() {
    assertThat(docs(policy.requirements("US", NumberType.GEOGRAPHIC, false)))
        .containsExactly(KycDocument.IDENTITY);
    assertThat(docs(policy.requirements("GB", NumberType.MOBILE, true)))
        .containsExactly(KycDocument.IDENTITY);
  }

  @Test
  void geographicNumbersInListedEuropeanCountriesNeedARecentProofOfAddress() {
    for (String c : List.of("DE", "fr", "ES", "IT", "BE", "AT", "CH", "PT", "PL")) {
      List<DidRequirement> rs = policy.requirements(c, NumberType.GEOGRAPHIC, false);
      assertThat(docs(rs))
          .as(c)
          .containsExactly(KycDocument.IDENTITY, KycDocument.PROOF_OF_ADDRESS);
      assertThat(rs.get(1).maxAgeDays()).isEqualTo(90);
      assertThat(rs.get(1).type()).isEqualTo(NumberType.GEOGRAPHIC);
    }
    assertThat(docs(policy.requirements("NL", NumberType.GEOGRAPHIC, false)))
        .containsExactly(KycDocument.IDENTITY);
    assertThat(docs(policy.requirements("DE", NumberType.MOBILE, false)))
        .containsExactly(KycDocument.IDENTITY);
  }

  @Test
  void tollFreeNeedsABusinessRegistrationEverywhere() {
    assertThat(docs(policy.requirements("US", NumberType.TOLL_FREE, false)))
        .containsExactly(KycDocument.IDENTITY, KycDocument.BUSINESS_REGISTRATION);
  }

  @Test
  void aBusinessTakingAGeographicNumberInEuropeAlsoShowsItsRegistrationOnce() {
    assertThat(docs(policy.requirements("DE", NumberType.GEOGRAPHIC, true)))
        .containsExactly(
            KycDocument.IDENTITY, KycDocument.PROOF_OF_ADDRESS, KycDocument.BUSINESS_REGISTRATION);
    assertThat(docs(policy.requirements("DE", NumberType.GEOGRAPHIC, false)))
        .doesNotContain(KycDocument.BUSINESS_REGISTRATION);
  }

  @Test
  void theUnionKeepsOneRequirementPerDocumentWithTheStricterAge() {
    List<DidRequirement> table = policy.requirements("DE", NumberType.GEOGRAPHIC, false);
    List<DidRequirement> country =
        List.of(
            new DidRequirement(NumberType.GEOGRAPHIC, KycDocument.PROOF_OF_ADDRESS, 30, "fresh"),
            new DidRequirement(NumberType.GEOGRAPHIC, KycDocument.LOCAL_ADDRESS, null, "local"));
    List<DidRequirement> all = KycRequirementsPolicy.union(table, country);
    assertThat(docs(all))
        .containsExactly(
            KycDocument.IDENTITY, KycDocument.PROOF_OF_ADDRESS, KycDocument.LOCAL_ADDRESS);
    assertThat(all.get(1).maxAgeDays()).isEqualTo(30);
    assertThat(
            KycRequirementsPolicy.union(
                    List.of(
                        new DidRequirement(
                            NumberType.GEOGRAPHIC, KycDocument.PROOF_OF_ADDRESS, null, "any")),
                    table)
                .get(0)
                .maxAgeDays())
        .isEqualTo(90);
  }
}
