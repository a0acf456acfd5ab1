package com.didtron.domain.trunk;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrunkDraftTest {
  private static TrunkDraft egress(String address) {
    return new TrunkDraft(
        "C1",
        TrunkDirection.EGRESS,
        address,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static TrunkDraft ingress(String address, String username, String password) {
    return new TrunkDraft(
        "I1",
        TrunkDirection.INGRESS,
        address,
        Transport.UDP,
        "12#",
        0,
        "",
        10,
        5,
        List.of("pcmu"),
        null,
        username,
        password,
        null);
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "203.0.113.7",
        "203.0.113.7:5060",
        "sip.carrier.example:5060",
        "[2001:db8::1]:5080",
        "2001:db8::1"
      })
  void carrierAddressesThatAreHostPortOrIpAreAccepted(String address) {
    assertThat(egress(address).validate(AccountKind.CARRIER, false)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sip.carrier.example",
        "203.0.113.7:0",
        "203.0.113.7:65536",
        "256.1.1.1",
        "1.2.3",
        "bad host:5060",
        "[zz::1]:5060",
        "203.0.113.0/24"
      })
  void carrierAddressesThatAreNotHostPortOrIpAreRefusedOnTheAddressField(String address) {
    assertThat(fields(egress(address).validate(AccountKind.CARRIER, false)))
        .containsExactly("address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"198.51.100.10", "198.51.100.0/24", "2001:db8::/48", "2001:db8::5"})
  void customerSourcesThatAreIpOrCidrAreAccepted(String address) {
    assertThat(ingress(address, null, null).validate(AccountKind.CUSTOMER, false)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "198.51.100.10:5060",
        "10.0.0.0/4",
        "10.0.0.0/33",
        "2001:db8::/16",
        "host.example",
        "0.0.0.0/0"
      })
  void customerSourcesThatAreNotIpOrCidrOrTooWideAreRefused(String address) {
    assertThat(fields(ingress(address, null, null).validate(AccountKind.CUSTOMER, false)))
        .containsExactly("address");
  }

  @Test
  void directionMustMatchTheAccountKind() {
    assertThat(fields(egress("203.0.113.7").validate(AccountKind.CUSTOMER, false)))
        .containsExactly("direction");
    assertThat(fields(ingress("198.51.100.1", null, null).validate(AccountKind.CARRIER, false)))
        .containsExactly("direction");
    assertThat(egress("203.0.113.7").validate(AccountKind.BOTH, false)).isEmpty();
  }

  @Test
  void aDigestUsernameNeedsALongEnoughPasswordUnlessOneIsAlreadyStored() {
    assertThat(fields(ingress(null, "acme01", null).validate(AccountKind.CUSTOMER, false)))
        .containsExactly("password");
    assertThat(ingress(null, "acme01", null).validate(AccountKind.CUSTOMER, true)).isEmpty();
    assertThat(fields(ingress(null, "acme01", "short").validate(AccountKind.CUSTOMER, false)))
        .containsExactly("password");
    assertThat(ingress(null, "acme01", "long-enough-secret").validate(AccountKind.CUSTOMER, false))
        .isEmpty();
    assertThat(fields(ingress(null, null, null).validate(AccountKind.CUSTOMER, false)))
        .containsExactly("address");
  }

  @Test
  void negativeLimitsBadPrefixesAndUnknownCodecsAreRefusedPerField() {
    TrunkDraft d =
        new TrunkDraft(
            "X",
            TrunkDirection.EGRESS,
            "203.0.113.7",
            null,
            "12a",
            -1,
            "+44",
            -1,
            -2,
            List.of("PCMU", "MP3"),
            RoutingTier.PREMIUM,
            null,
            null,
            null);
    assertThat(fields(d.validate(AccountKind.CARRIER, false)))
        .containsExactlyInAnyOrder(
            "techPrefix", "strip", "prepend", "maxChannels", "maxCps", "codecs", "tier");
  }

  @Test
  void normalizingAppliesDefaultsAndCanonicalCodecs() {
    TrunkDraft n = ingress(" 198.51.100.0/24 ", null, null).normalized();
    assertThat(n.address()).isEqualTo("198.51.100.0/24");
    assertThat(n.tier()).isEqualTo(RoutingTier.STANDARD);
    assertThat(n.status()).isEqualTo(TrunkStatus.ACTIVE);
    assertThat(n.codecs()).containsExactly("PCMU");
  }

  @Test
  void theDigestSecretIsMd5OfUsernameRealmAndPassword() {
    // md5("alice:didtron:secret-password-1"), as `printf %s 'alice:didtron:secret-password-1' |
    // md5sum` prints
    assertThat(DigestHa1.of("alice", "didtron", "secret-password-1")).isEqualTo(MD5_ALICE);
  }

  static final String MD5_ALICE = "ca08e4f28610179c2ef2e38770f5e771";

  @Test
  void limitsBelowZeroAreRefusedAndPrefixesAreDeduplicated() {
    LimitsDraft bad =
        new LimitsDraft(-1, -1, new BigDecimal("-0.01"), new BigDecimal("-1"), List.of("44", "4a"));
    assertThat(fields(bad.validate()))
        .containsExactly(
            "maxChannels", "maxCps", "dailySpendCap", "maxRatePerMinute", "blockedPrefixes");
    LimitsDraft ok =
        new LimitsDraft(0, null, new BigDecimal("50.25"), null, List.of("449", " 44", "449"));
    assertThat(ok.validate()).isEmpty();
    assertThat(ok.normalized().blockedPrefixes()).containsExactly("44", "449");
  }
}
