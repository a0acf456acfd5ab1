package com.didtron.workflows.kyc;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/** The effects of a KYC case; each one transaction, idempotent on the account's case. */
@ActivityInterface(namePrefix = "Kyc")
public interface KycActivities {
  /** Opens (or finds again) the Stripe Identity session; the case becomes IDENTITY_PENDING. */
  String startIdentity(KycStep step);

  /** Emails the customer that the case still waits for them (reminder number {@code count}). */
  void remind(KycStep step);

  /**
   * The documents (KycDocument names) the requirements table asks of this account that it has not
   * uploaded; non-empty moves the case to DOCUMENTS_REQUIRED.
   */
  List<String> missingDocuments(KycStep step);

  /** The case waits for staff (IN_REVIEW, visible in the review queue). */
  void inReview(KycStep step);

  /** VERIFIED; the customer is emailed through the outbox. */
  void approve(KycStep step);

  /** REJECTED with the reason; the customer is emailed through the outbox. */
  void reject(KycStep step);
}
