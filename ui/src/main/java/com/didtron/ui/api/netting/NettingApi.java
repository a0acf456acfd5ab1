package com.didtron.ui.api.netting;

import com.didtron.activities.netting.NettingService;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.domain.page.PageRequest;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Netting requests over the API: list; approve or reject as FINANCE (NettingService rules). */
@RestController
@Tag(
    name = "Netting",
    description = "Bilateral netting of companies that are both customer and carrier")
public class NettingApi {
  private final NettingService netting;

  public NettingApi(NettingService netting) {
    this.netting = netting;
  }

  /** A decision's note (required to reject). */
  public record Decision(String note) {}

  /** A netting request in the API. */
  public record NettingJson(
      UUID id,
      String number,
      UUID accountId,
      String accountName,
      String currency,
      String period,
      BigDecimal customerOwes,
      BigDecimal weOwe,
      BigDecimal disputed,
      BigDecimal offset,
      BigDecimal threshold,
      String status,
      String proposedAt,
      String decidedBy,
      String decidedAt) {
    static NettingJson of(NettingRequest r) {
      return new NettingJson(
          r.id(),
          r.number(),
          r.accountId().value(),
          r.accountName(),
          r.currency().code(),
          r.periodKey(),
          r.customerOwes().amount(),
          r.weOwe().amount(),
          r.disputed().amount(),
          r.offset().amount(),
          r.threshold().amount(),
          r.status().name(),
          r.proposedAt().toString(),
          r.decidedBy(),
          r.decidedAt() == null ? null : r.decidedAt().toString());
    }
  }

  @GetMapping("/api/netting-requests")
  @Operation(
      summary =
          "List netting requests, newest first (status PROPOSED, APPROVED or REJECTED to filter)")
  public ApiPage<NettingJson> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    PageRequest page = ApiPage.request(offset, limit);
    return ApiPage.of(netting.find(ApiActor.current(), status, page), page, NettingJson::of);
  }

  @PostMapping("/api/netting-requests/{id}/approve")
  @Operation(
      summary =
          "Approve (finance): posts the offset and issues the netting statement; 409 if balances moved")
  public NettingJson approve(@PathVariable UUID id, @RequestBody(required = false) Decision body) {
    return NettingJson.of(
        netting.approve(ApiActor.current(), id, body == null ? null : body.note()));
  }

  @PostMapping("/api/netting-requests/{id}/reject")
  @Operation(summary = "Reject (finance), with a note")
  public NettingJson reject(@PathVariable UUID id, @RequestBody(required = false) Decision body) {
    return NettingJson.of(
        netting.reject(ApiActor.current(), id, body == null ? null : body.note()));
  }

  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail conflict(IllegalStateException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
