package com.didtron.ui.api.ratedeck;

import com.didtron.activities.ratedeck.ActivationOutcome;
import com.didtron.activities.ratedeck.CardOutcome;
import com.didtron.activities.ratedeck.DeckOriginals;
import com.didtron.activities.ratedeck.ImportOutcome;
import com.didtron.activities.ratedeck.ImportProgress;
import com.didtron.activities.ratedeck.ImportRequest;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.ratedeck.RateImportService;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.storage.StoredFile;
import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.ImportMode;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiErrors;
import com.didtron.ui.api.base.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rate cards over the API: list and create cards, upload a deck file (CSV as the request body, the
 * card owner's saved column mapping applies), activate a version, export one as CSV. The same rules
 * as the portal (RateCardService, RateImportService).
 */
@RestController
@RequestMapping("/api/rate-cards")
@Tag(name = "Rate cards", description = "Sell cards of customers and buy cards of carriers")
public class RateCardsApi {
  private final RateCardService cards;
  private final RateImportService imports;
  private final DeckOriginals originals;

  public RateCardsApi(RateCardService cards, RateImportService imports, DeckOriginals originals) {
    this.cards = cards;
    this.imports = imports;
    this.originals = originals;
  }

  /** The stored original file of an imported version; its bytes at {@code download}. */
  public record OriginalJson(UUID fileId, String name, long size, String sha256, String download) {}

  @GetMapping("/versions/{versionId}/original")
  @Operation(
      summary =
          "The original deck file of a version (kept at import as a RATE_DECK stored file); 404"
              + " when the version predates it")
  public OriginalJson original(@PathVariable UUID versionId) {
    StoredFile f =
        originals
            .of(ApiActor.current(), versionId)
            .orElseThrow(() -> new NoSuchElementException("No original file for this version"));
    return new OriginalJson(f.id(), f.name(), f.size(), f.sha256(), "/api/files/" + f.id());
  }

  /** A card to create: its owner, SELL or BUY, and optionally its currency. */
  public record NewCard(UUID ownerId, DeckSide side, String currency) {}

  @GetMapping
  @Operation(summary = "List the tenant's rate cards (staff)")
  public ApiPage<RateCardJson> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) DeckSide side,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    var page = ApiPage.request(offset, limit);
    return ApiPage.of(cards.find(ApiActor.current(), q, side, page), page, RateCardJson::of);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One rate card")
  public RateCardJson get(@PathVariable UUID id) {
    return RateCardJson.of(cards.get(ApiActor.current(), id));
  }

  @PostMapping
  @Operation(summary = "Create the sell card of a customer or the buy card of a carrier")
  public ResponseEntity<RateCardJson> create(
      @org.springframework.web.bind.annotation.RequestBody NewCard body) {
    if (body.ownerId() == null || body.side() == null) {
      throw new ApiErrors.Invalid(
          List.of(new FieldError(body.ownerId() == null ? "ownerId" : "side", "is required")));
    }
    CardOutcome outcome =
        cards.create(
            ApiActor.current(), new AccountId(body.ownerId()), body.side(), body.currency());
    if (outcome instanceof CardOutcome.Rejected r) {
      throw new ApiErrors.Invalid(List.of(new FieldError("card", r.message())));
    }
    RateCardJson created = RateCardJson.of(((CardOutcome.Created) outcome).card());
    return ResponseEntity.created(URI.create("/api/rate-cards/" + created.id())).body(created);
  }

  @GetMapping("/{id}/versions")
  @Operation(summary = "The card's versions, newest first")
  public ApiPage<RateCardVersionJson> versions(
      @PathVariable UUID id,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    var page = ApiPage.request(offset, limit);
    return ApiPage.of(cards.versions(ApiActor.current(), id, page), page, RateCardVersionJson::of);
  }

  @PostMapping(
      value = "/{id}/imports",
      consumes = {"text/csv", "text/plain", "application/octet-stream"})
  @Operation(summary = "Upload a deck file (CSV body) as a draft version; optionally activate it")
  public ImportResultJson upload(
      @PathVariable UUID id,
      @RequestParam ImportMode mode,
      @RequestParam(required = false) String fileName,
      @RequestParam(defaultValue = "false") boolean activate,
      @RequestParam(defaultValue = "false") boolean skipInvalid,
      @RequestParam(defaultValue = "false") boolean confirmClose,
      InputStream body) {
    var actor = ApiActor.current();
    var card = cards.get(actor, id);
    ColumnMapping mapping =
        cards.mapping(actor, new AccountId(card.ownerId())).orElse(ColumnMapping.canonical());
    ImportOutcome outcome =
        imports.stage(
            actor,
            new ImportRequest(id, mode, fileName, mapping, null),
            body,
            -1,
            ImportProgress.none());
    if (outcome instanceof ImportOutcome.Refused r) {
      return new ImportResultJson(null, r.reason(), r.errors(), null, null);
    }
    ImportOutcome.Staged staged = (ImportOutcome.Staged) outcome;
    if (!activate) {
      return new ImportResultJson(
          RateCardVersionJson.of(staged.version()), null, staged.firstErrors(), null, null);
    }
    ActivationOutcome done =
        imports.activate(actor, staged.version().id(), skipInvalid, confirmClose);
    return switch (done) {
      case ActivationOutcome.Activated a ->
          new ImportResultJson(
              RateCardVersionJson.of(a.version()), null, staged.firstErrors(), true, null);
      case ActivationOutcome.Refused r ->
          new ImportResultJson(
              RateCardVersionJson.of(staged.version()),
              null,
              staged.firstErrors(),
              false,
              r.message());
    };
  }

  @PostMapping("/versions/{versionId}/activation")
  @Operation(summary = "Activate a draft version (skipInvalid / confirmClose as the wizard asks)")
  public ImportResultJson activate(
      @PathVariable UUID versionId,
      @RequestParam(defaultValue = "false") boolean skipInvalid,
      @RequestParam(defaultValue = "false") boolean confirmClose) {
    return switch (imports.activate(ApiActor.current(), versionId, skipInvalid, confirmClose)) {
      case ActivationOutcome.Activated a ->
          new ImportResultJson(RateCardVersionJson.of(a.version()), null, List.of(), true, null);
      case ActivationOutcome.Refused r ->
          new ImportResultJson(
              RateCardVersionJson.of(cards.version(ApiActor.current(), versionId)),
              null,
              List.of(),
              false,
              r.message());
    };
  }

  @GetMapping(value = "/versions/{versionId}/export", produces = "text/csv")
  @Operation(summary = "A version as canonical deck CSV")
  public void export(@PathVariable UUID versionId, HttpServletResponse response)
      throws IOException {
    var actor = ApiActor.current();
    cards.version(actor, versionId);
    response.setContentType("text/csv");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"deck-" + versionId + ".csv\"");
    cards.export(actor, versionId, response.getOutputStream());
  }
}
