package com.didtron.activities.ratedeck;

import static com.didtron.activities.db.Tables.RATE_CARD_VERSION;

import com.didtron.activities.Facade;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.storage.ContentSniffer;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The original file of each imported deck: spooled once while importing, kept through the storage
 * port as a {@link FileKind#RATE_DECK} file of the card's account, and linked from the version
 * ({@code rate_card_version.original_file_id}), so staff can download what the supplier sent.
 */
@Service
@Facade
public class DeckOriginals {
  private static final Logger LOG = LoggerFactory.getLogger(DeckOriginals.class);

  private final StoredFiles files;
  private final RateCardService cards;
  private final JooqRateCardRepository repository;
  private final DSLContext db;

  DeckOriginals(
      StoredFiles files, RateCardService cards, JooqRateCardRepository repository, DSLContext db) {
    this.files = files;
    this.cards = cards;
    this.repository = repository;
    this.db = db;
  }

  /** The stored original of version {@code versionId} of a card the actor may see, if kept. */
  @Transactional(readOnly = true)
  public Optional<StoredFile> of(Actor actor, UUID versionId) {
    var r =
        db.select(RATE_CARD_VERSION.CARD_ID, RATE_CARD_VERSION.ORIGINAL_FILE_ID)
            .from(RATE_CARD_VERSION)
            .where(RATE_CARD_VERSION.ID.eq(versionId))
            .fetchOne();
    if (r == null || r.value2() == null) {
      return Optional.empty();
    }
    cards.get(actor, r.value1());
    return Optional.of(files.get(actor, r.value2()));
  }

  /** Copies the upload to a temporary file the import reads (and then keeps). */
  Path spool(InputStream in) {
    try {
      Path file = Files.createTempFile("didtron-deck-", ".upload");
      try {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    }
  }

  void remove(Path spooled) {
    try {
      Files.deleteIfExists(spooled);
    } catch (IOException e) {
      LOG.warn("Could not remove the spooled deck {}", spooled, e);
    }
  }

  /**
   * Keeps the spooled file as the original of draft {@code versionId}, in the import's transaction
   * (a rollback removes it again). A file the storage would not take as a deck (not UTF-8 text nor
   * XLSX) is imported without its original, with a warning in the log.
   */
  void keep(Actor actor, RateCard card, UUID versionId, String name, Path spooled) {
    try {
      if (!acceptable(spooled)) {
        LOG.warn("The original of deck version {} is not kept: not a CSV or XLSX file", versionId);
        return;
      }
      StoredFile f;
      try (InputStream in = Files.newInputStream(spooled)) {
        f = files.upload(actor, new AccountId(card.ownerId()), FileKind.RATE_DECK, name, in);
      }
      repository.linkOriginal(versionId, f.id());
    } catch (IOException e) {
      throw new UncheckedIOException("The deck's original could not be stored", e);
    }
  }

  private static boolean acceptable(Path file) throws IOException {
    byte[] head = new byte[ContentSniffer.HEAD];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    long size = Files.size(file);
    return ContentSniffer.detect(Arrays.copyOf(head, n), (int) Math.min(size, Integer.MAX_VALUE))
        .filter(FileKind.RATE_DECK.accepted()::contains)
        .isPresent();
  }
}
