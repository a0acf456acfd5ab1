package com.didtron.domain.trunk;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a user enters to create or change a trunk. {@link #validate} lists every problem at once,
 * each tied to its field. Missing transport means UDP, missing strip 0, missing status ACTIVE,
 * missing tier of an ingress trunk STANDARD; missing limits mean unlimited. {@code password} is the
 * plain SIP digest password: it is only hashed (see {@link DigestHa1}) and then forgotten.
 */
public record TrunkDraft(
    String name,
    TrunkDirection direction,
    String address,
    Transport transport,
    String techPrefix,
    Integer strip,
    String prepend,
    Integer maxChannels,
    Integer maxCps,
    List<String> codecs,
    RoutingTier tier,
    String username,
    String password,
    TrunkStatus status) {

  public static final int MIN_PASSWORD_LENGTH = 10;

  /**
   * Every problem of this draft for an account of this kind: a carrier has egress trunks only, a
   * customer ingress trunks only, an account of both kinds either.
   *
   * @param hasSecret whether the trunk already stores a digest secret for {@code username}, so the
   *     password may be left empty to keep it
   */
  public List<FieldError> validate(AccountKind kind, boolean hasSecret) {
    List<FieldError> errors = new ArrayList<>();
    if (blank(name)) {
      errors.add(new FieldError("name", "Name is required"));
    } else if (name.strip().length() > 120) {
      errors.add(new FieldError("name", "Name is longer than 120 characters"));
    }
    if (direction == null) {
      errors.add(new FieldError("direction", "Choose INGRESS (customer) or EGRESS (carrier)"));
    } else if (direction == TrunkDirection.EGRESS && kind != null && !kind.sellsToUs()) {
      errors.add(new FieldError("direction", "Only a carrier account has egress trunks"));
    } else if (direction == TrunkDirection.INGRESS && kind != null && !kind.buysFromUs()) {
      errors.add(new FieldError("direction", "Only a customer account has ingress trunks"));
    }
    validateAddress(errors);
    validateRouting(errors);
    validateLimits(errors);
    validateCodecs(errors);
    validateCredentials(errors, hasSecret);
    return List.copyOf(errors);
  }

  private void validateAddress(List<FieldError> errors) {
    if (direction == TrunkDirection.EGRESS) {
      if (blank(address)) {
        errors.add(new FieldError("address", "A carrier trunk needs host:port or an IP address"));
      } else {
        TrunkAddress.egressProblem(address)
            .ifPresent(p -> errors.add(new FieldError("address", p)));
      }
    } else if (direction == TrunkDirection.INGRESS) {
      if (blank(address) && blank(username)) {
        errors.add(new FieldError("address", "Give a source IP or CIDR, or digest credentials"));
      } else if (!blank(address)) {
        TrunkAddress.ingressProblem(address)
            .ifPresent(p -> errors.add(new FieldError("address", p)));
      }
    }
  }

  private void validateRouting(List<FieldError> errors) {
    if (techPrefix != null && !techPrefix.strip().matches("[0-9#*]{0,16}")) {
      errors.add(new FieldError("techPrefix", "Tech prefix: up to 16 digits, # or *"));
    }
    if (strip != null && (strip < 0 || strip > 32)) {
      errors.add(new FieldError("strip", "Strip must be 0..32 digits"));
    }
    if (prepend != null && !prepend.strip().matches("[0-9]{0,16}")) {
      errors.add(new FieldError("prepend", "Prepend: up to 16 digits"));
    }
    if (tier != null && direction == TrunkDirection.EGRESS) {
      errors.add(new FieldError("tier", "A routing tier applies to customer ingress trunks only"));
    }
  }

  private void validateLimits(List<FieldError> errors) {
    if (maxChannels != null && maxChannels < 0) {
      errors.add(
          new FieldError(
              "maxChannels", "Max channels cannot be negative (leave empty for unlimited)"));
    }
    if (maxCps != null && maxCps < 0) {
      errors.add(
          new FieldError(
              "maxCps", "Max calls per second cannot be negative (leave empty for unlimited)"));
    }
  }

  private void validateCodecs(List<FieldError> errors) {
    if (codecs == null) {
      return;
    }
    for (String c : codecs) {
      if (Codecs.canonical(c) == null) {
        errors.add(
            new FieldError(
                "codecs",
                "Unknown codec " + abbreviate(c) + "; known: " + String.join(", ", Codecs.KNOWN)));
        return;
      }
    }
  }

  private void validateCredentials(List<FieldError> errors, boolean hasSecret) {
    if (blank(username)) {
      if (!blank(password)) {
        errors.add(new FieldError("username", "A digest password needs a username"));
      }
      return;
    }
    if (direction == TrunkDirection.EGRESS) {
      errors.add(
          new FieldError("username", "Digest credentials apply to customer ingress trunks only"));
    } else if (!username.strip().matches("[A-Za-z0-9._-]{1,64}")) {
      errors.add(
          new FieldError("username", "Username: 1..64 letters, digits, dot, dash or underscore"));
    }
    if (blank(password) && !hasSecret) {
      errors.add(new FieldError("password", "A digest username needs a password"));
    } else if (!blank(password)
        && (password.length() < MIN_PASSWORD_LENGTH || password.length() > 128)) {
      errors.add(
          new FieldError(
              "password", "The password must be " + MIN_PASSWORD_LENGTH + "..128 characters"));
    }
  }

  /** The draft as stored: trimmed, defaults applied, known codecs in their canonical spelling. */
  public TrunkDraft normalized() {
    List<String> canonical =
        codecs == null
            ? List.of()
            : codecs.stream().map(Codecs::canonical).filter(Objects::nonNull).distinct().toList();
    return new TrunkDraft(
        name.strip(),
        direction,
        blank(address) ? null : address.strip(),
        transport == null ? Transport.UDP : transport,
        techPrefix == null ? "" : techPrefix.strip(),
        strip == null ? 0 : strip,
        prepend == null ? "" : prepend.strip(),
        maxChannels,
        maxCps,
        canonical,
        direction == TrunkDirection.INGRESS && tier == null ? RoutingTier.STANDARD : tier,
        blank(username) ? null : username.strip(),
        blank(password) ? null : password,
        status == null ? TrunkStatus.ACTIVE : status);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String abbreviate(String s) {
    return s == null ? "(empty)" : s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }

  @Override
  public String toString() {
    return "TrunkDraft[" + name + ", " + direction + ", " + address + ", password hidden]";
  }
}
