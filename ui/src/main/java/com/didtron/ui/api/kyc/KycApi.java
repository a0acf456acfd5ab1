package com.didtron.ui.api.kyc;

import com.didtron.activities.kyc.KycService;
import com.didtron.activities.kyc.identity.IdentityVerification;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.did.KycDocument;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's KYC case over the API: its state and documents (the account's users and staff),
 * starting the verification, and staff's decision (approve, or reject with a reason).
 */
@RestController
@Tag(name = "KYC", description = "Know-your-customer verification of an account")
public class KycApi {
  private final KycService kyc;

  public KycApi(KycService kyc) {
    this.kyc = kyc;
  }

  /** Start: the country of the numbers wanted (optional). */
  public record StartJson(String country) {}

  /** A rejection's reason (required). */
  public record RejectJson(String reason) {}

  @GetMapping("/api/accounts/{id}/kyc")
  @Operation(summary = "The account's KYC case: state, country, identity, documents, workflow id")
  public KycService.KycCase get(@PathVariable UUID id) {
    return kyc.get(ApiActor.current(), new AccountId(id));
  }

  @PostMapping("/api/accounts/{id}/kyc/start")
  @Operation(summary = "Start the account's verification workflow (kyc-<accountId>) (202)")
  public ResponseEntity<KycService.KycCase> start(
      @PathVariable UUID id, @RequestBody(required = false) StartJson body) {
    return ResponseEntity.accepted()
        .body(
            kyc.start(ApiActor.current(), new AccountId(id), body == null ? null : body.country()));
  }

  @PostMapping(
      value = "/api/accounts/{id}/kyc/documents",
      consumes = {
        MediaType.APPLICATION_OCTET_STREAM_VALUE,
        MediaType.APPLICATION_PDF_VALUE,
        MediaType.IMAGE_PNG_VALUE,
        MediaType.IMAGE_JPEG_VALUE
      })
  @Operation(
      summary =
          "Upload a KYC document (raw body: PDF, JPEG or PNG; ?kind=PROOF_OF_ADDRESS&issued=YYYY-MM-DD"
              + "&name=); 201")
  public ResponseEntity<KycService.Document> upload(
      @PathVariable UUID id,
      @RequestParam KycDocument kind,
      @RequestParam(required = false) LocalDate issued,
      @RequestParam(required = false) String name,
      InputStream body) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(kyc.upload(ApiActor.current(), new AccountId(id), kind, issued, name, body));
  }

  @PostMapping("/api/accounts/{id}/kyc/identity-session")
  @Operation(
      summary =
          "The Stripe Identity URL where the customer verifies the identity (fresh for the open"
              + " session, or a new session after a canceled one); 409 with the reason when"
              + " online verification is unavailable or not the current step")
  public KycService.IdentityLink identitySession(@PathVariable UUID id) {
    return kyc.identityLink(ApiActor.current(), new AccountId(id));
  }

  @PostMapping("/api/accounts/{id}/kyc/approve")
  @Operation(summary = "Approve the verification (staff); the customer is emailed (202)")
  public ResponseEntity<Void> approve(@PathVariable UUID id) {
    kyc.approve(ApiActor.current(), new AccountId(id));
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/accounts/{id}/kyc/reject")
  @Operation(
      summary = "Reject the verification with a reason (staff); the customer is emailed (202)")
  public ResponseEntity<Void> reject(
      @PathVariable UUID id, @RequestBody(required = false) RejectJson body) {
    kyc.reject(ApiActor.current(), new AccountId(id), body == null ? null : body.reason());
    return ResponseEntity.accepted().build();
  }

  @ExceptionHandler(IdentityVerification.IdentityFailure.class)
  ProblemDetail identityFailed(IdentityVerification.IdentityFailure e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
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
