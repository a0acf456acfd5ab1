package com.didtron.rating.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeCsvOutputStreamTest {

  private static String safe(String csv) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SafeCsvOutputStream out = new SafeCsvOutputStream(bytes);
    out.write(csv.getBytes(StandardCharsets.UTF_8));
    out.finish();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "@SUM(A1)|'@SUM(A1)",
        "+1+1|'+1+1",
        "-2+3|'-2+3",
        "-cmd|'-cmd",
        "=1|'=1"
      })
  void aTextCellStartingWithAFormulaCharacterGetsAQuoteInFront(String cell, String expected)
      throws IOException {
    assertThat(safe("a," + cell + ",b\n")).isEqualTo("a," + expected + ",b\n");
  }

  @Test
  void quotedCellsAreNeutralisedInsideTheirQuotesAndTabsAndCarriageReturnsCount()
      throws IOException {
    assertThat(safe("\"=1,2\",x\n")).isEqualTo("\"'=1,2\",x\n");
    assertThat(safe("\"\tx\",\"\ry\"\n")).isEqualTo("\"'\tx\",\"'\ry\"\n");
    assertThat(safe("a,\tb\n")).isEqualTo("a,'\tb\n");
    assertThat(safe("\"-\"\"q\"\"\"\n")).isEqualTo("\"'-\"\"q\"\"\"\n");
  }

  @Test
  void plainNumbersStayNumbersSoNegativeAmountsAndE164NumbersAreUntouched() throws IOException {
    assertThat(safe("-1.50,+442071234,-0.000100,\"-3\"\n"))
        .isEqualTo("-1.50,+442071234,-0.000100,\"-3\"\n");
    assertThat(safe("x,-1.5")).isEqualTo("x,-1.5");
    assertThat(safe("x,-1.5\r\n=a\r\n")).isEqualTo("x,-1.5\r\n'=a\r\n");
  }

  @Test
  void harmlessCellsPassUnchangedAndALastCellWithoutLineEndIsWritten() throws IOException {
    String csv = "call_id,source,account\nc1,sw,Acme = Ltd\n\"a,b\",\"\",x-y\n";
    assertThat(safe(csv)).isEqualTo(csv);
    assertThat(safe("a,=b")).isEqualTo("a,'=b");
  }

  @Test
  void aLongCellStartingWithAFormulaCharacterIsNeutralisedWithoutBeingHeldWhole()
      throws IOException {
    String longCell = "=" + "A".repeat(10 * SafeCsvOutputStream.MAX_HELD);
    assertThat(safe("x," + longCell + ",-7\n")).isEqualTo("x,'" + longCell + ",-7\n");
  }

  @Test
  void bytesWrittenOneByOneGiveTheSameResult() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SafeCsvOutputStream out = new SafeCsvOutputStream(bytes);
    for (byte b : "\"@x\",-1,=y\n".getBytes(StandardCharsets.UTF_8)) {
      out.write(b);
    }
    out.finish();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\"'@x\",-1,'=y\n");
  }

  @Test
  void aLargeBlockGivesTheSameResultAsByteByByteWrites() throws IOException {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      csv.append("c")
          .append(i)
          .append(",\"=x,")
          .append(i)
          .append("\",-")
          .append(i)
          .append(".5,@a")
          .append(i % 7 == 0 ? "\r\n" : "\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    SafeCsvOutputStream block = new SafeCsvOutputStream(one);
    block.write(bytes, 0, bytes.length);
    block.finish();
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    SafeCsvOutputStream single = new SafeCsvOutputStream(other);
    for (byte b : bytes) {
      single.write(b);
    }
    single.finish();

    assertThat(one.toString(StandardCharsets.UTF_8))
        .isEqualTo(other.toString(StandardCharsets.UTF_8))
        .startsWith("c0,\"'=x,0\",-0.5,'@a\r\nc1,");
  }
}
