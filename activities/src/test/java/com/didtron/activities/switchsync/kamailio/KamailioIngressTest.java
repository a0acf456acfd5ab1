package com.didtron.activities.switchsync.kamailio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.switchsync.CustomerAddress;
import com.didtron.activities.switchsync.IngressTrunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class KamailioIngressTest {
  private static IngressTrunk trunk(String id, String ip, int mask, String prefix) {
    return new IngressTrunk(
        id, new CustomerAddress(ip, mask, 0, id), prefix, 0, "", 1_000_000_000, null, null);
  }

  private static List<List<String>> ids(List<List<IngressTrunk>> blocks) {
    return blocks.stream().map(b -> b.stream().map(IngressTrunk::trunkId).toList()).toList();
  }

  @Test
  void blocksAreWrittenMostSpecificFirstSoThatAPremiumSlash32WinsOverItsSlash24() {
    var office = trunk("office", "10.1.2.0", 24, "99*");
    var premium = trunk("premium", "10.1.2.7", 32, "");
    var branch = trunk("branch", "10.1.2.16", 28, "");

    assertThat(ids(KamailioIngress.blocks(List.of(office, premium, branch))))
        .containsExactly(List.of("premium"), List.of("branch"), List.of("office"));
  }

  @Test
  void onOneBlockTheTrunkWithoutATechPrefixComesFirstAndKeysTheBlock() {
    var national = trunk("a-national", "10.1.2.0", 24, "99*");
    var plain = trunk("z-plain", "10.1.2.0", 24, "");
    var international = trunk("b-international", "10.1.2.0", 24, "00#");

    assertThat(ids(KamailioIngress.blocks(List.of(national, plain, international))))
        .containsExactly(List.of("z-plain", "a-national", "b-international"));
  }

  @Test
  void aTrunkWithCredentialsOnlyIsABlockOfItsOwn() {
    var office = trunk("office", "10.1.2.0", 24, "");
    var softphone =
        new IngressTrunk("softphone", null, "", 0, "", 1_000_000_000, "pbx-1", "0".repeat(32));

    assertThat(ids(KamailioIngress.blocks(List.of(softphone, office))))
        .containsExactly(List.of("office"), List.of("softphone"));
  }

  @Test
  void aTrunkWithNeitherSourceNorCredentialsOrAUsernameWithoutSecretIsRefused() {
    assertThatThrownBy(() -> new IngressTrunk("t", null, "", 0, "", 1, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source block or credentials");
    assertThatThrownBy(() -> new IngressTrunk("t", null, "", 0, "", 1, "pbx", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret");
  }

  @Test
  void anIngressTrunkNeverShowsItsSecret() {
    var softphone =
        new IngressTrunk("softphone", null, "", 0, "", 1_000_000_000, "pbx-1", "ab".repeat(16));

    assertThat(softphone.toString()).contains("pbx-1").doesNotContain("ab".repeat(16));
  }
}
