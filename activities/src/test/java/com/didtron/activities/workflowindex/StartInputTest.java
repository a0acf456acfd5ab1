package com.didtron.activities.workflowindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.workflows.creditnote.CreditNoteRequest;
import com.didtron.workflows.invoicing.InvoiceRunRequest;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StartInputTest {
  private final DataConverter converter = DefaultDataConverter.newDefaultInstance();

  /**
   * What the workflow receives: each argument sent through the converter, bound to its parameter
   * type.
   */
  private <T> T received(Object sent, Class<T> parameter) {
    return converter.fromPayload(converter.toPayload(sent).orElseThrow(), parameter, parameter);
  }

  @Test
  void aStoredInputGivesTheWorkflowTheSameArgumentsAgain() {
    InvoiceRunRequest invoice =
        new InvoiceRunRequest(UUID.randomUUID(), UUID.randomUUID(), "2026-12");
    CreditNoteRequest note =
        new CreditNoteRequest(UUID.randomUUID(), UUID.randomUUID(), 1440, 4320);

    String stored = StartInput.write(converter, new Object[] {invoice, note, "cron", 7L});
    List<Object> again = StartInput.read(stored);

    assertThat(stored).startsWith("[{").contains("\"periodKey\":\"2026-12\"");
    assertThat(received(again.get(0), InvoiceRunRequest.class)).isEqualTo(invoice);
    assertThat(received(again.get(1), CreditNoteRequest.class)).isEqualTo(note);
    assertThat(received(again.get(2), String.class)).isEqualTo("cron");
    assertThat(received(again.get(3), Long.class)).isEqualTo(7L);
  }

  @Test
  void aWorkflowWithoutArgumentsOrWithANullArgumentIsRestartableToo() {
    assertThat(StartInput.read(StartInput.write(converter, new Object[0]))).isEmpty();
    assertThat(StartInput.read(StartInput.write(converter, new Object[] {null})))
        .containsExactly((Object) null);
  }

  @Test
  void anArgumentTheJsonConverterDoesNotWriteMakesTheRunNotRestartable() {
    assertThat(StartInput.write(converter, new Object[] {new byte[] {1, 2}})).isNull();
    assertThatThrownBy(() -> StartInput.read(null)).hasMessageContaining("not stored");
  }
}
