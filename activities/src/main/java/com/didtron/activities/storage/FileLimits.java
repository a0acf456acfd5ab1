package com.didtron.activities.storage;

import com.didtron.activities.input.InputLimits;
import com.didtron.domain.storage.FileKind;
import org.springframework.stereotype.Component;

/** How large a file of each kind may be, and which setting raises it. */
@Component
class FileLimits {
  private final StorageSettings settings;
  private final InputLimits input;

  FileLimits(StorageSettings settings, InputLimits input) {
    this.settings = settings;
    this.input = input;
  }

  /** A size cap, what it bounds and its setting (for the refusal). */
  record Cap(long bytes, String what, String setting) {}

  Cap of(FileKind kind) {
    return switch (kind) {
      case KYC_DOCUMENT ->
          new Cap(
              settings.kycDocumentMax().toBytes(),
              "The KYC document",
              "didtron.storage.kyc-document-max");
      case RATE_DECK ->
          new Cap(input.deckUpload().toBytes(), "The deck file", "didtron.limits.deck-upload");
      case INVOICE_PDF, CREDIT_NOTE_PDF, STATEMENT_PDF ->
          new Cap(settings.pdfMax().toBytes(), "The PDF", "didtron.storage.pdf-max");
      case OTHER -> new Cap(settings.otherMax().toBytes(), "The file", "didtron.storage.other-max");
    };
  }
}
