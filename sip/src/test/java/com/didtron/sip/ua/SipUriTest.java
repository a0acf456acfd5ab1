package com.didtron.sip.ua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SipUriTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "sip:127.0.0.1:5070| -| 127.0.0.1| 5070",
        "sip:4420@127.0.0.1:5070| 4420| 127.0.0.1| 5070",
        "sip:+4420@carrier.example| +4420| carrier.example| 5060",
        "sip:4420@gw1.carrier.example:5080;transport=udp| 4420| gw1.carrier.example| 5080",
        "'  sip:alice@[::1]:5062 '| alice| ::1| 5062"
      })
  void parsesTheUriFormsTheTesterUses(String text, String user, String host, int port) {
    assertThat(SipUri.parse(text)).isEqualTo(new SipUri(user, host, port));
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(
      strings = {
        "",
        "127.0.0.1:5060",
        "sips:",
        "sip:",
        "sip:@host",
        "sip:host:99999",
        "sip:host:port",
        "http://host",
        "sip:bad host",
        "sip:-host"
      })
  void refusesWhatIsNotASipUriWithAClearMessage(String text) {
    assertThatThrownBy(() -> SipUri.parse(text))
        .isInstanceOf(SipUri.InvalidSipUriException.class)
        .hasMessageContaining(text.isEmpty() ? "empty SIP URI" : "SIP URI");
  }

  @org.junit.jupiter.api.Test
  void printsBackInCanonicalForm() {
    assertThat(SipUri.parse("sip:1@h:5061")).hasToString("sip:1@h:5061");
    assertThat(SipUri.parse("sip:h")).hasToString("sip:h:5060");
  }
}
