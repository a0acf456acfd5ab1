package com.didtron.ui.api.creditnote;

import com.didtron.activities.creditnote.CreditNoteChange;
import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.page.PageRequest;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiErrors;
import com.didtron.ui.api.base.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Credit notes over the API: ask for one against an invoice; finance approves or rejects it. */
@RestController
@Tag(name = "Credit notes", description = "Corrections of issued invoices, decided by finance")
public class CreditNotesApi {
  private final CreditNoteService notes;

  public CreditNotesApi(CreditNoteService notes) {
    this.notes = notes;
  }

  /** What to credit: an invoice, the gross amount (a decimal string) and why. */
  public record CreditNoteRequestJson(UUID invoiceId, BigDecimal amount, String reason) {}

  /** A decision's note (required to reject). */
  public record Decision(String note) {}

  /** A credit note in the API. */
  public record CreditNoteJson(
      UUID id,
      UUID invoiceId,
      String invoiceNumber,
      UUID accountId,
      String number,
      String currency,
      String amount,
      String tax,
      String reason,
      String status,
      String createdBy,
      String decidedBy,
      String workflowId) {
    static CreditNoteJson of(CreditNote n) {
      return new CreditNoteJson(
          n.id(),
          n.invoiceId(),
          n.invoiceNumber(),
          n.accountId().value(),
          n.number(),
          n.currency().code(),
          n.amount().amount().toPlainString(),
          n.tax().amount().toPlainString(),
          n.reason(),
          n.status().name(),
          n.createdBy(),
          n.decidedBy(),
          n.workflowId());
    }
  }

  @GetMapping("/api/credit-notes")
  @Operation(
      summary = "List credit notes, newest first (status PENDING, APPROVED or REJECTED to filter)")
  public ApiPage<CreditNoteJson> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    PageRequest page = ApiPage.request(offset, limit);
    return ApiPage.of(notes.find(ApiActor.current(), status, page), page, CreditNoteJson::of);
  }

  @GetMapping("/api/credit-notes/{id}")
  @Operation(summary = "One credit note")
  public CreditNoteJson get(@PathVariable UUID id) {
    return CreditNoteJson.of(notes.get(ApiActor.current(), id));
  }

  @PostMapping("/api/credit-notes")
  @Operation(
      summary = "Ask for a credit note against an invoice; it waits for finance's decision (201)")
  public ResponseEntity<CreditNoteJson> create(@RequestBody CreditNoteRequestJson body) {
    if (body == null || body.invoiceId() == null || body.amount() == null) {
      throw new ApiErrors.Invalid(
          List.of(new FieldError("invoiceId", "invoiceId and amount are required")));
    }
    CreditNoteChange change =
        notes.create(ApiActor.current(), body.invoiceId(), body.amount(), body.reason());
    if (change instanceof CreditNoteChange.Rejected rejected) {
      throw new ApiErrors.Invalid(List.of(new FieldError("amount", rejected.message())));
    }
    CreditNote created = ((CreditNoteChange.Created) change).note();
    return ResponseEntity.status(HttpStatus.CREATED).body(CreditNoteJson.of(created));
  }

  @PostMapping("/api/credit-notes/{id}/approve")
  @Operation(
      summary =
          "Approve (finance): numbers the note, posts its correcting entry, issues its PDF (202)")
  public ResponseEntity<Void> approve(
      @PathVariable UUID id, @RequestBody(required = false) Decision body) {
    notes.approve(ApiActor.current(), id, body == null ? null : body.note());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/credit-notes/{id}/reject")
  @Operation(summary = "Reject (finance), with a note (202)")
  public ResponseEntity<Void> reject(
      @PathVariable UUID id, @RequestBody(required = false) Decision body) {
    notes.reject(ApiActor.current(), id, body == null ? null : body.note());
    return ResponseEntity.accepted().build();
  }

  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail conflict(IllegalStateException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
