package com.didtron.activities.ratedeck;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.input.CappedInputStream;
import com.didtron.activities.input.InputLimits;
import com.didtron.activities.input.InputTooLarge;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.DeckParseResult;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.deck.MappedDeckParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A carrier's view of the buy rates we hold for it (its buy card: current and upcoming entries,
 * history, downloads) and its deck uploads. An upload is checked whole first: a file with any
 * invalid row is refused with every error by line and nothing is stored. A clean file goes through
 * the ordinary import ({@link RateImportService#stage}) as a <em>draft</em> version of the buy
 * card, which staff review and activate on the rate card pages: a carrier never makes prices live
 * by itself. Only carrier users, only their own account's buy card; never a customer's sell card.
 */
@Service
public class CarrierRates {
  static final String UPLOAD_ENTITY = "carrier_deck_upload";
  private static final int SHOWN_ERRORS = 100;

  private final OwnDecks decks;
  private final RateImportService imports;
  private final DeckOriginals originals;
  private final JooqRateEntryRepository mappings;
  private final InputLimits limits;
  private final AuditTrail audit;

  CarrierRates(
      OwnDecks decks,
      RateImportService imports,
      DeckOriginals originals,
      JooqRateEntryRepository mappings,
      InputLimits limits,
      AuditTrail audit) {
    this.decks = decks;
    this.imports = imports;
    this.originals = originals;
    this.mappings = mappings;
    this.limits = limits;
    this.audit = audit;
  }

  /** The carrier's buy card, if we hold one (with or without an active version). */
  @Transactional(readOnly = true)
  public Optional<RateCard> card(Actor actor) {
    requireCarrier(actor);
    return decks.card(actor, DeckSide.BUY);
  }

  /** Entries of the active buy version matching {@code filter}; none while nothing is active. */
  @Transactional(readOnly = true)
  public Page<OwnRate> entries(Actor actor, OwnRateFilter filter, PageRequest page) {
    return decks.entries(card(actor), filter, page);
  }

  /** The published versions and the carrier user's own uploads (drafts in review), newest first. */
  @Transactional(readOnly = true)
  public List<RateVersionSummary> history(Actor actor) {
    return decks.history(card(actor), actor.name());
  }

  /** Streams a version (null: the active one) as CSV or XLSX; see {@link OwnRates#export}. */
  @Transactional(readOnly = true)
  public void export(
      Actor actor, UUID versionId, OwnRateFilter filter, RateSheet format, OutputStream out) {
    decks.export(card(actor), versionId, actor.name(), filter, format, out);
  }

  @Transactional(readOnly = true)
  public String fileName(Actor actor, UUID versionId, OwnRateFilter filter, RateSheet format) {
    return decks.fileName("buy-rates", card(actor), versionId, actor.name(), filter, format);
  }

  /**
   * Takes a deck file from the carrier as a draft version of its buy card, for staff review.
   *
   * @param mode Replace (the file is the whole deck) or Add (only the prefixes in it change)
   */
  @Transactional
  public CarrierUpload upload(Actor actor, ImportMode mode, String fileName, InputStream file) {
    Optional<RateCard> card = card(actor);
    if (card.isEmpty()) {
      return new CarrierUpload.Refused(
          "We hold no buy card for your account yet: ask your account manager to open one",
          List.of(),
          0);
    }
    ColumnMapping mapping =
        mappings.mapping(card.get().ownerId()).orElse(ColumnMapping.canonical());
    long cap = limits.deckUpload().toBytes();
    Path spooled;
    try {
      spooled = originals.spool(new CappedInputStream(file, cap, "The deck file", "deck-upload"));
    } catch (InputTooLarge | UncheckedIOException e) {
      if (e instanceof InputTooLarge || e.getCause() instanceof InputTooLarge) {
        return new CarrierUpload.Refused(
            "The file is larger than the limit of " + InputLimits.describe(limits.deckUpload()),
            List.of(),
            0);
      }
      throw e;
    }
    try {
      DeckParseResult parsed = check(spooled, mapping);
      CarrierUpload.Refused refused = refusal(parsed);
      if (refused != null) {
        return refused;
      }
      try (InputStream in = Files.newInputStream(spooled)) {
        ImportOutcome outcome =
            imports.stage(
                onBehalfOf(actor),
                new ImportRequest(card.get().id(), mode, fileName, mapping, null),
                in,
                Files.size(spooled),
                ImportProgress.none());
        return switch (outcome) {
          case ImportOutcome.Refused r ->
              new CarrierUpload.Refused(r.reason(), r.errors(), r.errors().size());
          case ImportOutcome.Staged s -> received(actor, card.get(), s.version());
        };
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    } finally {
      originals.remove(spooled);
    }
  }

  private CarrierUpload.Received received(Actor actor, RateCard card, RateCardVersion v) {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("card", card.label());
    after.put("number", v.number());
    after.put("status", v.status().name());
    after.put("mode", v.mode().name());
    after.put("source", v.sourceName());
    after.put("rows", v.dataRows());
    audit.record(
        actor, actor.tenantId(), AuditAction.CREATE, UPLOAD_ENTITY, v.id().toString(), null, after);
    return new CarrierUpload.Received(
        new RateVersionSummary(
            v.id(),
            v.number(),
            v.status(),
            v.createdAt(),
            v.activatedAt(),
            v.closeAt(),
            v.entries(),
            v.newRows(),
            v.increasedRows(),
            v.decreasedRows(),
            v.unchangedRows(),
            v.closedRows()));
  }

  private static DeckParseResult check(Path spooled, ColumnMapping mapping) throws IOException {
    try (InputStream in = Files.newInputStream(spooled)) {
      return MappedDeckParser.parse(in, mapping);
    }
  }

  private static CarrierUpload.Refused refusal(DeckParseResult parsed) {
    var first = parsed.errors().subList(0, Math.min(SHOWN_ERRORS, parsed.errors().size()));
    if (!parsed.headerUsable()) {
      return new CarrierUpload.Refused(
          "The header line cannot be used", first, parsed.errors().size());
    }
    if (!parsed.errors().isEmpty()) {
      return new CarrierUpload.Refused(
          parsed.errors().size()
              + " row(s) are invalid; nothing was stored: fix them and upload the file again",
          first,
          parsed.errors().size());
    }
    if (parsed.entries().isEmpty()) {
      return new CarrierUpload.Refused("The file has no rows", List.of(), 0);
    }
    return null;
  }

  /**
   * The import runs with the rights of a price writer, but under the carrier user's own name and
   * id, so the draft and the import's audit entry show who sent the file. The card is the carrier's
   * own (checked above) and the result is only ever a draft.
   */
  private static Actor onBehalfOf(Actor carrier) {
    return new Actor(
        carrier.userId(), carrier.name(), carrier.tenantId(), Set.of(Role.FINANCE), null);
  }

  private static void requireCarrier(Actor actor) {
    if (!actor.has(Role.CARRIER) || actor.ownAccount().isEmpty()) {
      throw new AccessDenied("Only a carrier sees the buy rates we hold for it");
    }
  }
}
