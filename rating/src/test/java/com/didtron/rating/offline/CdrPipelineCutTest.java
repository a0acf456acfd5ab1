package com.didtron.rating.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.csv.CsvSplitter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader's quick cut between records gives the careful splitter's answer on every block. */
class CdrPipelineCutTest {
  private static final byte[] ALPHABET = "ab1,\n\r\" ".getBytes(StandardCharsets.US_ASCII);

  @Test
  void theQuickCutIsTheCarefulSplittersCutOnRandomBlocks() {
    Random random = new Random(3);
    for (int round = 0; round < 20_000; round++) {
      byte[] block = new byte[random.nextInt(40)];
      boolean quotes = random.nextBoolean();
      for (int i = 0; i < block.length; i++) {
        byte b = ALPHABET[random.nextInt(ALPHABET.length)];
        block[i] = !quotes && b == '"' ? (byte) 'x' : b;
      }
      assertThat(CdrPipeline.lastRecordEnd(block, block.length))
          .as(new String(block, StandardCharsets.US_ASCII))
          .isEqualTo(CsvSplitter.lastRecordEnd(block, 0, block.length));
    }
  }

  @Test
  void aQuoteAnywhereInALongBlockIsFound() {
    byte[] block = new byte[1000];
    java.util.Arrays.fill(block, (byte) 'a');
    assertThat(CdrPipeline.hasQuote(block, block.length)).isFalse();
    for (int at : new int[] {0, 7, 8, 9, 500, 991, 992, 999}) {
      block[at] = '"';
      assertThat(CdrPipeline.hasQuote(block, block.length)).as("quote at %d", at).isTrue();
      assertThat(CdrPipeline.hasQuote(block, at)).as("before %d", at).isFalse();
      block[at] = 'a';
    }
  }
}
