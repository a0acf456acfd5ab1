package com.didtron.activities.switchsync.kamailio;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.switchsync.ActiveCall;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KamailioDialogsTest {
  /** Trimmed from a real {@code dlg.list} answer of Kamailio 5.6.3 on this machine. */
  private static final String DLG_LIST =
      """
      [{"h_entry":1578,"h_id":3904,"ref":2,"call-id":"1-32065@127.0.0.1",
        "from_uri":"sip:customer@127.0.0.1:15090","to_uri":"sip:4412345@127.0.0.1:15060","state":4,
        "start_ts":1796310442,"init_ts":1796311033,"end_ts":0,"timeout":1796332042,
        "profiles":[{"account":"7"}],
        "variables":[{"duration":"0"},{"account":"0b6c7e1e-5d8e-4a57-9a52-1b2f0f3c9d10"},{"trunk":"trunk-7"},
          {"gw":"gw-2"}]}]
      """;

  @Test
  void readsEachDialogWithItsHangUpIdAccountTrunkAndGateway() {
    List<ActiveCall> calls = KamailioDialogs.parse(JsonMapper.builder().build().readTree(DLG_LIST));
    assertThat(calls)
        .containsExactly(
            new ActiveCall(
                "1578:3904",
                "1-32065@127.0.0.1",
                "sip:customer@127.0.0.1:15090",
                "sip:4412345@127.0.0.1:15060",
                "0b6c7e1e-5d8e-4a57-9a52-1b2f0f3c9d10",
                "gw-2",
                4,
                1796310442L,
                "trunk-7"));
  }

  @Test
  void anEmptyListMeansNoCallsInProgress() {
    assertThat(KamailioDialogs.parse(JsonMapper.builder().build().readTree("[]"))).isEmpty();
  }
}
