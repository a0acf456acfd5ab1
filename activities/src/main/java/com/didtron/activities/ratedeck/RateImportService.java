package com.didtron.activities.ratedeck;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.ratedeck.RateCardVersionStatus;
import com.didtron.domain.ratedeck.RatingAccess;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.deck.DeckDiff;
import com.didtron.rating.deck.DeckMerge;
import com.didtron.rating.deck.DeckParseResult;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.deck.MappedDeckParser;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.deck.VersionEntry;
import com.didtron.rating.engine.CompiledDeck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports deck files into rate cards and activates them.
 *
 * <p>{@link #stage} parses the file (through the owner's column mapping), merges it with the active
 * version (Add or Replace, a change flag per row) and stores the result as a draft version with
 * COPY, together with every rejected row and its line. Nothing rates with a draft. {@link
 * #activate} makes a draft the active version in one transaction and swaps the in-memory deck right
 * after it commits; it refuses while rows are invalid (unless the user chose to skip them), while a
 * Replace would close most live prefixes unconfirmed, and when another version was activated since
 * the draft was made.
 */
@Service
public class RateImportService {
  static final String VERSION_ENTITY = "rate_card_version";
  private static final int SHOWN_ERRORS = 100;

  private final JooqRateCardRepository cards;
  private final RateEntryCopy copy;
  private final RateCardService cardService;
  private final ActiveDecks decks;
  private final DraftDecks drafts;
  private final AuditTrail audit;
  private final Clock clock;
  private final SwitchChanges switchChanges;
  private final DeckOriginals originals;

  RateImportService(
      JooqRateCardRepository cards,
      RateEntryCopy copy,
      RateCardService cardService,
      ActiveDecks decks,
      DraftDecks drafts,
      AuditTrail audit,
      Clock clock,
      SwitchChanges switchChanges,
      DeckOriginals originals) {
    this.switchChanges = switchChanges;
    this.originals = originals;
    this.cards = cards;
    this.copy = copy;
    this.cardService = cardService;
    this.decks = decks;
    this.drafts = drafts;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Imports {@code file} as a draft version of the request's card.
   *
   * <p>The original file is kept through the storage port and linked from the draft ({@link
   * DeckOriginals}).
   *
   * @param size the file's size in bytes for progress reports; -1 when unknown
   */
  @Transactional
  public ImportOutcome stage(
      Actor actor, ImportRequest request, InputStream file, long size, ImportProgress progress) {
    RatingAccess.requireWriter(actor);
    RateCard card = cardService.visible(actor, cards.cardForUpdate(request.cardId()));
    Path spooled = originals.spool(file);
    try (InputStream in = Files.newInputStream(spooled)) {
      return stage(actor, card, request, in, spooled, size, progress);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    } finally {
      originals.remove(spooled);
    }
  }

  private ImportOutcome stage(
      Actor actor,
      RateCard card,
      ImportRequest request,
      InputStream file,
      Path spooled,
      long size,
      ImportProgress progress) {
    // the file is parsed on another core while the active version is read from the database
    CompletableFuture<DeckParseResult> parsing =
        CompletableFuture.supplyAsync(
            () -> parse(request, file, size, progress), worker("deck-parse"));
    List<RateEntry> previous =
        card.activeVersionId() == null ? List.of() : copy.read(card.activeVersionId());
    DeckParseResult parsed = joined(parsing);
    if (!parsed.headerUsable()) {
      return new ImportOutcome.Refused("The header line cannot be used", parsed.errors());
    }
    if (parsed.entries().isEmpty()) {
      return new ImportOutcome.Refused(
          parsed.dataRows() == 0 ? "The file has no rows" : "No row of the file is valid",
          first(parsed));
    }
    progress.update("Comparing with the active version", 0.6);
    Instant closeAt =
        Objects.requireNonNullElseGet(
            request.closeAt(), () -> DeckDiff.fileEffectiveDate(parsed.entries()));
    DeckMerge.Result merge =
        VersionMerge.merge(previous, parsed.entries(), request.mode(), closeAt, clock.instant());
    // the deck compiles on another core while PostgreSQL stores the rows
    List<RateEntry> entries = merge.entries().stream().map(VersionEntry::entry).toList();
    CompletableFuture<CompiledDeck> compiled =
        CompletableFuture.supplyAsync(
            () -> CompiledDeck.compile(card.label(), card.currency(), entries),
            worker("deck-compile"));
    progress.update("Storing the draft version", 0.75);
    UUID versionId = UUID.randomUUID();
    RateCardVersion version =
        cards.insertDraft(
            versionId,
            card.id(),
            cards.nextVersionNumber(card.id()),
            card.activeVersionId(),
            request.mode(),
            request.sourceName(),
            closeAt,
            parsed.dataRows(),
            parsed.errors().size(),
            merge,
            actor.name(),
            clock.instant());
    copy.write(versionId, merge.entries());
    copy.writeErrors(versionId, parsed.errors());
    progress.update("Keeping the original file", 0.85);
    originals.keep(actor, card, versionId, request.sourceName(), spooled);
    progress.update("Compiling the deck", 0.9);
    drafts.put(versionId, joined(compiled));
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.CREATE,
        VERSION_ENTITY,
        versionId.toString(),
        null,
        snapshot(card, version));
    progress.update("Done", 1.0);
    return new ImportOutcome.Staged(version, first(parsed));
  }

  /**
   * Makes a draft the card's active version.
   *
   * @param skipInvalid the user chose to leave out the rows with errors
   * @param confirmMassClose the user confirmed that a Replace closes most live prefixes
   */
  @Transactional
  public ActivationOutcome activate(
      Actor actor, UUID versionId, boolean skipInvalid, boolean confirmMassClose) {
    RatingAccess.requireWriter(actor);
    RateCardVersion draft = cards.version(versionId).orElseThrow(RateCardService::noSuchCard);
    RateCard card = cardService.visible(actor, cards.cardForUpdate(draft.cardId()));
    ActivationOutcome.Refused refused = refusal(card, draft, skipInvalid, confirmMassClose);
    if (refused != null) {
      return refused;
    }
    RateCard after =
        new RateCard(
            card.id(),
            card.tenantId(),
            card.ownerId(),
            card.ownerName(),
            card.side(),
            card.currency(),
            versionId,
            draft.number(),
            card.version() + 1,
            card.createdAt());
    ActiveDecks.Loaded compiled =
        drafts
            .take(versionId)
            .map(deck -> new ActiveDecks.Loaded(after, versionId, deck))
            .orElseGet(() -> decks.load(after, versionId));
    if (card.activeVersionId() != null) {
      cards.setStatus(card.activeVersionId(), RateCardVersionStatus.SUPERSEDED);
    }
    cards.markActivated(
        versionId, actor.name(), clock.instant(), skipInvalid && draft.errorRows() > 0);
    cards.setActive(card.id(), versionId, clock.instant());
    Map<String, Object> auditAfter = RateCardService.snapshot(after);
    auditAfter.put("skippedInvalidRows", skipInvalid ? draft.errorRows() : 0);
    auditAfter.put("confirmedClosing", draft.needsConfirmation() ? draft.closedPrefixes() : 0);
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.UPDATE,
        RateCardService.ENTITY,
        card.id().toString(),
        RateCardService.snapshot(card),
        auditAfter);
    switchChanges.record(
        new TenantId(card.tenantId()),
        new AccountId(card.ownerId()),
        ObjectType.RATE_CARD,
        card.id().toString(),
        Change.UPSERT);
    afterCommit(() -> decks.install(compiled));
    return new ActivationOutcome.Activated(cards.version(versionId).orElseThrow());
  }

  /** Drops a draft nobody will activate (its rows stay for the audit trail). */
  @Transactional
  public RateCardVersion discard(Actor actor, UUID versionId) {
    RatingAccess.requireWriter(actor);
    RateCardVersion draft = cards.version(versionId).orElseThrow(RateCardService::noSuchCard);
    RateCard card = cardService.visible(actor, cards.cardForUpdate(draft.cardId()));
    if (draft.status() != RateCardVersionStatus.DRAFT) {
      return draft;
    }
    cards.setStatus(versionId, RateCardVersionStatus.DISCARDED);
    drafts.take(versionId);
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.UPDATE,
        VERSION_ENTITY,
        versionId.toString(),
        Map.of("status", RateCardVersionStatus.DRAFT.name()),
        Map.of("status", RateCardVersionStatus.DISCARDED.name(), "card", card.label()));
    return cards.version(versionId).orElseThrow();
  }

  private static ActivationOutcome.Refused refusal(
      RateCard card, RateCardVersion draft, boolean skipInvalid, boolean confirmMassClose) {
    if (draft.status() != RateCardVersionStatus.DRAFT) {
      return new ActivationOutcome.Refused(
          ActivationOutcome.Reason.NOT_A_DRAFT,
          "Version "
              + draft.number()
              + " is "
              + draft.status().name().toLowerCase()
              + ", not a draft");
    }
    if (!Objects.equals(card.activeVersionId(), draft.baseVersionId())) {
      return new ActivationOutcome.Refused(
          ActivationOutcome.Reason.STALE,
          "Version "
              + card.activeVersionNumber()
              + " was activated after this file was imported; "
              + "import the file again to compare it with the current prices");
    }
    if (draft.errorRows() > 0 && !skipInvalid) {
      return new ActivationOutcome.Refused(
          ActivationOutcome.Reason.HAS_INVALID_ROWS,
          draft.errorRows() + " row(s) are invalid: fix the file, or choose to skip them");
    }
    if (draft.needsConfirmation() && !confirmMassClose) {
      return new ActivationOutcome.Refused(
          ActivationOutcome.Reason.NEEDS_CONFIRMATION,
          "This Replace closes "
              + draft.closedPrefixes()
              + " of "
              + draft.livePrefixesBefore()
              + " live prefixes: confirm that the file really is the whole deck");
    }
    return null;
  }

  private static DeckParseResult parse(
      ImportRequest request, InputStream file, long size, ImportProgress progress) {
    progress.update("Reading the file", 0);
    InputStream counted =
        new CountingInputStream(
            file,
            read ->
                progress.update(
                    "Reading the file",
                    size > 0 ? 0.6 * Math.min(1.0, (double) read / size) : 0.3));
    try {
      return MappedDeckParser.parse(counted, request.mapping());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    }
  }

  private static Executor worker(String name) {
    return task -> Thread.ofPlatform().daemon().name(name).start(task);
  }

  private static <T> T joined(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private static List<LineError> first(DeckParseResult parsed) {
    return parsed.errors().subList(0, Math.min(SHOWN_ERRORS, parsed.errors().size()));
  }

  private static Map<String, Object> snapshot(RateCard card, RateCardVersion v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("card", card.label());
    m.put("number", v.number());
    m.put("mode", v.mode().name());
    m.put("source", v.sourceName());
    m.put("dataRows", v.dataRows());
    m.put("errorRows", v.errorRows());
    m.put("new", v.newRows());
    m.put("increased", v.increasedRows());
    m.put("decreased", v.decreasedRows());
    m.put("unchanged", v.unchangedRows());
    m.put("closed", v.closedRows());
    return m;
  }

  private static void afterCommit(Runnable action) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }
}
