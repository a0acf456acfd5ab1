package com.didtron.activities.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxReasonsTest {
  @Test
  void aHeaderReasonNamesOurMissingColumnsButNeverTheFilesOwnColumnNames() {
    String reason =
        InboxReasons.header(
            List.of(
                "unknown column 'acme-api-key-123' (expected call_id,...)",
                "unknown column 'other'",
                "column 'callee' appears twice",
                "missing column 'duration'"));
    assertThat(reason)
        .doesNotContain("acme-api-key-123")
        .doesNotContain("other")
        .contains("an unknown column; a column appears twice; missing column 'duration'")
        .contains("expected call_id,account,carrier,caller,callee,start_time,duration");
  }

  @Test
  void anUnreadableFileIsDescribedByTheKindOfFailureNotByItsMessage() {
    assertThat(InboxReasons.unreadable(new UncheckedIOException(new MalformedInputException(3))))
        .isEqualTo("the file could not be read (MalformedInputException)");
    assertThat(InboxReasons.unreadable(new IllegalArgumentException("line 4: 'secret,row' is bad")))
        .isEqualTo("the file could not be parsed as CDRs (IllegalArgumentException)");
  }
}
