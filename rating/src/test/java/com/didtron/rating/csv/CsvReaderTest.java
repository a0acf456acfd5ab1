package com.didtron.rating.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

  /** Every record as "line:field|field|...", optionally read one byte per stream read. */
  static List<String> read(String csv, boolean oneByteAtATime) throws IOException {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    InputStream in = oneByteAtATime ? new Trickle(bytes) : new ByteArrayInputStream(bytes);
    return records(new CsvReader(in));
  }

  static List<String> records(CsvReader reader) throws IOException {
    List<String> out = new ArrayList<>();
    while (reader.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < reader.fieldCount(); i++) {
        fields.add(reader.string(i));
      }
      out.add(reader.line() + ":" + String.join("|", fields));
    }
    return out;
  }

  @ParameterizedTest(name = "one byte at a time: {0}")
  @ValueSource(booleans = {false, true})
  void quotedFieldsMayHoldCommasQuotesAndLineBreaks(boolean trickle) throws IOException {
    String csv = "a,\"b,c\",\"say \"\"hi\"\"\"\n\"multi\nline\",x,y\nlast,row,here";

    assertThat(read(csv, trickle))
        .containsExactly("1:a|b,c|say \"hi\"", "2:multi\nline|x|y", "4:last|row|here");
  }

  @ParameterizedTest(name = "one byte at a time: {0}")
  @ValueSource(booleans = {false, true})
  void crlfLoneCrAndAByteOrderMarkAreHandled(boolean trickle) throws IOException {
    String csv = "\uFEFFh1,h2\r\n1,2\r\n3,4\r5,6\n";

    assertThat(read(csv, trickle)).containsExactly("1:h1|h2", "2:1|2", "3:3|4", "4:5|6");
  }

  @Test
  void emptyLinesAndCommaOnlyRowsAreBlank() throws IOException {
    CsvReader reader = new CsvReader(new ByteArrayInputStream("a,b\n\n,,\n  \nc,d\n\n".getBytes()));
    List<String> blanks = new ArrayList<>();
    while (reader.next()) {
      blanks.add(reader.line() + "=" + reader.isBlank());
    }
    assertThat(blanks)
        .containsExactly("1=false", "2=true", "3=true", "4=true", "5=false", "6=true");
  }

  @Test
  void unquotedFieldsAreTrimmedQuotedContentIsNot() throws IOException {
    assertThat(read("  a  , \" b \" ,c\t\n", false)).containsExactly("1:a| b |c");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsLiteral() throws IOException {
    assertThat(read("ab\"c,d\n", false)).containsExactly("1:ab\"c|d");
    assertThat(read("\"ab\"c,d\n", false)).containsExactly("1:abc|d");
  }

  @Test
  void aSliceIsReadWithTheGivenFirstLineNumber() throws IOException {
    byte[] data = "xx1,2\n3,4\nyy".getBytes();
    assertThat(records(new CsvReader(data, 2, 8, 10))).containsExactly("10:1|2", "11:3|4");
    assertThat(CsvReader.skipBom("\uFEFFa".getBytes(StandardCharsets.UTF_8), 0, 4)).isEqualTo(3);
  }

  @Test
  void longRecordsGrowTheBuffers() throws IOException {
    String wide = "x".repeat(200_000) + "," + "y,".repeat(40) + "z\n";
    List<String> records = read(wide, false);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).split("\\|")).hasSize(42);
  }

  /** A stream that returns one byte per read, to exercise every buffer boundary. */
  static final class Trickle extends InputStream {
    private final byte[] bytes;
    private int pos;

    Trickle(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= bytes.length) {
        return -1;
      }
      b[off] = bytes[pos++];
      return 1;
    }
  }
}
