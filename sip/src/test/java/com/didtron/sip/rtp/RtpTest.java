package com.didtron.sip.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RtpTest {
  @Test
  void anRtpHeaderSurvivesWriteAndParse() {
    byte[] buf = new byte[172];
    RtpPacket p = new RtpPacket(0, 65535, 0xFFFFFFF0L, 0xDEADBEEFL, true);
    p.writeHeader(buf);
    assertThat(RtpPacket.parse(buf, buf.length)).isEqualTo(p);
  }

  @Test
  void nonRtpBytesAreNotPackets() {
    assertThat(RtpPacket.parse(new byte[5], 5)).isNull();
    assertThat(RtpPacket.parse(new byte[12], 12)).isNull();
    byte[] rtcp = new byte[12];
    new RtpPacket(72, 1, 1, 1, true).writeHeader(rtcp);
    assertThat(RtpPacket.parse(rtcp, 12)).isNull();
  }

  @ParameterizedTest(name = "{0} encodes to 0x{1}")
  @CsvSource({"0, FF", "-1, 7F", "32767, 80", "-32768, 00", "1000, CE"})
  void muLawEncodesLikeG711(int sample, String hex) {
    assertThat(G711.ulaw(sample) & 0xFF).isEqualTo(Integer.parseInt(hex, 16));
  }

  @Test
  void muLawRoundTripsWithinItsQuantisationStep() {
    for (int s = -32000; s <= 32000; s += 250) {
      int back = G711.linear(G711.ulaw(s));
      assertThat(Math.abs(back - s)).isLessThanOrEqualTo(Math.max(8, Math.abs(s) / 16));
    }
  }

  @Test
  void theToneIsTwentyMillisecondFramesRepeatingEverySecond() {
    assertThat(TestTone.frame(0)).hasSize(160);
    assertThat(TestTone.frame(50)).isEqualTo(TestTone.frame(0));
    assertThat(TestTone.frame(1)).isNotEqualTo(TestTone.frame(0));
  }

  @Test
  void theOfferIsPcmuAt20MsAndTheAnswerNamesWhereToSend() {
    String offer = Sdp.offer("10.0.0.5", 40000, 7);
    assertThat(offer)
        .contains("m=audio 40000 RTP/AVP 0\r\n", "a=rtpmap:0 PCMU/8000", "c=IN IP4 10.0.0.5");
    assertThat(Sdp.audioTarget(offer)).contains(new Sdp.MediaTarget("10.0.0.5", 40000));
    String mediaLevel =
        "v=0\nc=IN IP4 1.1.1.1\nm=video 5000 RTP/AVP 96\nm=audio 6000 RTP/AVP 0\nc=IN IP4 2.2.2.2\n";
    assertThat(Sdp.audioTarget(mediaLevel)).contains(new Sdp.MediaTarget("2.2.2.2", 6000));
    assertThat(Sdp.audioTarget("v=0\nc=IN IP4 1.1.1.1\nm=audio 0 RTP/AVP 0\n"))
        .isEqualTo(Optional.empty());
    assertThat(Sdp.audioTarget(null)).isEmpty();
  }
}
