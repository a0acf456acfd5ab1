package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.NumberType;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where numbers come from: the manual provider (numbers imported from CSV into the inventory) or a
 * wholesale DID API (DIDWW). The provisioning workflow orders and releases through this port; the
 * admin portal searches providers for numbers to add to the inventory.
 */
@Facade
public interface DidProvider {
  /** The provider's code as stored in the inventory ({@code manual}, {@code didww}). */
  String code();

  /** False when the provider is not configured (e.g. no API key): it is then never called. */
  boolean enabled();

  /** Numbers the provider can sell now, at most {@code limit}. */
  List<ProviderNumber> search(Query query);

  /** Buys one number found by {@link #search}; the provider's reference for the bought number. */
  Ordered order(ProviderNumber number);

  /**
   * Gives a bought number back to the provider; idempotent (a number the provider no longer has is
   * already released).
   *
   * @param number E.164 digits
   */
  void release(String number);

  /** What the provider demands for numbers of {@code type} in {@code country}. */
  List<DidRequirement> requirements(String country, NumberType type);

  /**
   * A search at a provider.
   *
   * @param contains digits the number must contain, or null
   */
  record Query(String country, NumberType type, String area, String contains, int limit) {}

  /**
   * A number at a provider, with what it costs us.
   *
   * @param ref what the provider needs to order it (opaque)
   */
  record ProviderNumber(
      String number,
      String country,
      String area,
      NumberType type,
      BigDecimal monthlyCost,
      BigDecimal setupCost,
      String currency,
      int channels,
      String ref) {}

  /**
   * An order placed.
   *
   * @param orderRef the provider's order
   * @param status the provider's word for its state ({@code pending}, {@code completed})
   */
  record Ordered(String orderRef, String status) {}

  /** The provider refused or could not be reached; the message says which and why. */
  final class Failure extends RuntimeException {
    private final boolean retryable;

    public Failure(String message, boolean retryable, Throwable cause) {
      super(message, cause);
      this.retryable = retryable;
    }

    /** True when trying again later may succeed (timeouts, 5xx, 429). */
    public boolean retryable() {
      return retryable;
    }
  }
}
