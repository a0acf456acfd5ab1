package com.didtron.ui.api.invoicing;

import com.didtron.activities.invoicing.InvoiceService;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices and invoice runs over the API; the same rules as the portal (InvoiceService). */
@RestController
@Tag(name = "Invoices", description = "Invoices, their PDFs and invoice runs")
public class InvoicesApi {
  private final InvoiceService invoices;

  public InvoicesApi(InvoiceService invoices) {
    this.invoices = invoices;
  }

  /** Which run to start: the account and a period of its billing cycle. */
  public record RunRequest(UUID accountId, String period) {}

  /** A run: its workflow id (also its business key) and Temporal status. */
  public record RunJson(
      String workflowId, String runId, String status, String startedAt, String closedAt) {
    static RunJson of(WorkflowRun r) {
      return new RunJson(
          r.workflowId(),
          r.runId(),
          r.status().name(),
          String.valueOf(r.startedAt()),
          r.closedAt() == null ? null : r.closedAt().toString());
    }
  }

  @PostMapping("/api/invoice-runs")
  @Operation(
      summary =
          "Start the invoice run of an account for a period (finance); answers the workflow id")
  public ResponseEntity<RunJson> start(@RequestBody RunRequest body) {
    if (body == null || body.accountId() == null || body.period() == null) {
      throw new IllegalArgumentException(
          "Give accountId and period (2026-03, 2026-W10 or 2026-03-04)");
    }
    WorkflowRun run =
        invoices.startRun(ApiActor.current(), new AccountId(body.accountId()), body.period());
    return ResponseEntity.accepted().body(RunJson.of(run));
  }

  @GetMapping("/api/invoice-runs/{workflowId}")
  @Operation(summary = "Status of an invoice run")
  public RunJson status(@PathVariable String workflowId) {
    return invoices
        .runStatus(ApiActor.current(), workflowId)
        .map(RunJson::of)
        .orElseThrow(() -> new AccessDenied("No such invoice run"));
  }

  @GetMapping("/api/invoices")
  @Operation(
      summary =
          "List invoices, newest first (staff: the tenant's, of one account if given; customers: their own)")
  public ApiPage<InvoiceJson> list(
      @RequestParam(required = false) UUID accountId,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    PageRequest page = ApiPage.request(offset, limit);
    return ApiPage.of(
        invoices.find(
            ApiActor.current(), accountId == null ? null : new AccountId(accountId), page),
        page,
        i -> InvoiceJson.of(i, null));
  }

  @GetMapping("/api/invoices/{id}")
  @Operation(summary = "One invoice with its lines")
  public InvoiceJson get(@PathVariable UUID id) {
    var actor = ApiActor.current();
    return InvoiceJson.of(invoices.get(actor, id), invoices.lines(actor, id));
  }

  @GetMapping(value = "/api/invoices/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The invoice as PDF")
  public ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
    var actor = ApiActor.current();
    String number = invoices.get(actor, id).number();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + number + ".pdf\"")
        .body(invoices.pdf(actor, id));
  }
}
