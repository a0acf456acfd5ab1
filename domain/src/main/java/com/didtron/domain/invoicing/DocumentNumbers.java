package com.didtron.domain.invoicing;

/**
 * Numbers of the settlement documents: a prefix per kind and the tenant's gap-free sequence,
 * zero-padded to six digits ({@code INV-000042}, {@code CN-000003}, {@code NET-000001}).
 */
public final class DocumentNumbers {
  private DocumentNumbers() {}

  /** The document kinds that are numbered. */
  public enum Kind {
    INVOICE("INV"),
    CREDIT_NOTE("CN"),
    NETTING("NET");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  public static String format(Kind kind, long seq) {
    if (seq <= 0) {
      throw new IllegalArgumentException("document sequence numbers start at 1");
    }
    return String.format("%s-%06d", kind.prefix(), seq);
  }
}
