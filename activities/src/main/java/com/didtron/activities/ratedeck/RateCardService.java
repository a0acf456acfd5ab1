package com.didtron.activities.ratedeck;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.ratedeck.RatingAccess;
import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.LineError;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rate cards: create one per customer (sell) or carrier (buy), list them, browse and export their
 * versions, and keep each owner's column mapping. Staff read; super admins and finance write.
 * Imports and activation live in {@link RateImportService}.
 */
@Service
public class RateCardService {
  static final String ENTITY = "rate_card";

  private final JooqRateCardRepository cards;
  private final JooqRateEntryRepository entries;
  private final RateEntryCopy copy;
  private final AccountService accounts;
  private final AuditTrail audit;
  private final Clock clock;

  RateCardService(
      JooqRateCardRepository cards,
      JooqRateEntryRepository entries,
      RateEntryCopy copy,
      AccountService accounts,
      AuditTrail audit,
      Clock clock) {
    this.cards = cards;
    this.entries = entries;
    this.copy = copy;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates the sell card of a customer or the buy card of a carrier (currency: the account's). */
  @Transactional
  public CardOutcome create(Actor actor, AccountId owner, DeckSide side, String currency) {
    RatingAccess.requireWriter(actor);
    Account account = accounts.get(actor, owner);
    if (account.isDeleted()) {
      return new CardOutcome.Rejected("The account " + account.name() + " is deleted");
    }
    AccountKind needed = side == DeckSide.SELL ? AccountKind.CUSTOMER : AccountKind.CARRIER;
    if (account.kind() != needed && account.kind() != AccountKind.BOTH) {
      return new CardOutcome.Rejected(
          side == DeckSide.SELL
              ? "Only customer accounts have a sell card"
              : "Only carrier accounts have a buy card");
    }
    if (cards.liveCardOf(owner.value(), side).isPresent()) {
      return new CardOutcome.Rejected(
          account.name() + " already has a " + side.name().toLowerCase(Locale.ROOT) + " card");
    }
    CurrencyCode code;
    try {
      code =
          currency == null || currency.isBlank() ? account.currency() : CurrencyCode.of(currency);
    } catch (IllegalArgumentException e) {
      return new CardOutcome.Rejected(e.getMessage());
    }
    RateCard card = cards.insertCard(actor.tenantId(), owner.value(), side, code, clock.instant());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.CREATE,
        ENTITY,
        card.id().toString(),
        null,
        snapshot(card));
    return new CardOutcome.Created(card);
  }

  @Transactional(readOnly = true)
  public Page<RateCard> find(Actor actor, String ownerText, DeckSide side, PageRequest page) {
    RatingAccess.requireReader(actor);
    return cards.findCards(actor.tenantId(), ownerText, side, page);
  }

  /** One card of the actor's tenant; refused alike whether missing or foreign. */
  @Transactional(readOnly = true)
  public RateCard get(Actor actor, UUID cardId) {
    RatingAccess.requireReader(actor);
    return visible(actor, cards.card(cardId));
  }

  /** The live card of an owner and side, if it has one. */
  @Transactional(readOnly = true)
  public Optional<RateCard> cardOf(Actor actor, AccountId owner, DeckSide side) {
    RatingAccess.requireReader(actor);
    return cards
        .liveCardOf(owner.value(), side)
        .filter(c -> c.tenantId().equals(actor.tenantId().value()));
  }

  @Transactional(readOnly = true)
  public Page<RateCardVersion> versions(Actor actor, UUID cardId, PageRequest page) {
    get(actor, cardId);
    return cards.versions(cardId, page);
  }

  @Transactional(readOnly = true)
  public RateCardVersion version(Actor actor, UUID versionId) {
    RateCardVersion v = cards.version(versionId).orElseThrow(RateCardService::noSuchCard);
    get(actor, v.cardId());
    return v;
  }

  /** Entries of a version: the deck browser (all) or the change report (changed only). */
  @Transactional(readOnly = true)
  public Page<RateEntryRow> entries(
      Actor actor, UUID versionId, EntryFilter filter, PageRequest page) {
    version(actor, versionId);
    return entries.entries(versionId, filter, page);
  }

  /** The rows an import left out, by line. */
  @Transactional(readOnly = true)
  public Page<LineError> errors(Actor actor, UUID versionId, PageRequest page) {
    version(actor, versionId);
    return entries.errors(versionId, page);
  }

  /** Streams a version as canonical deck CSV (re-importable as is). */
  @Transactional(readOnly = true)
  public void export(Actor actor, UUID versionId, OutputStream out) {
    version(actor, versionId);
    copy.export(versionId, out);
  }

  /** The saved column mapping of an owner (carrier or customer), if any. */
  @Transactional(readOnly = true)
  public Optional<ColumnMapping> mapping(Actor actor, AccountId owner) {
    RatingAccess.requireReader(actor);
    accounts.get(actor, owner);
    return entries.mapping(owner.value());
  }

  /** Saves the column mapping used for an owner's files, for next time. */
  @Transactional
  public void saveMapping(Actor actor, AccountId owner, ColumnMapping mapping) {
    RatingAccess.requireWriter(actor);
    accounts.get(actor, owner);
    Map<String, String> before =
        entries.mapping(owner.value()).map(ColumnMapping::asMap).orElse(null);
    if (mapping.asMap().equals(before)) {
      return;
    }
    entries.saveMapping(actor.tenantId(), owner.value(), mapping, clock.instant());
    audit.record(
        actor,
        actor.tenantId(),
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        "rate_column_mapping",
        owner.toString(),
        before,
        mapping.asMap());
  }

  RateCard visible(Actor actor, Optional<RateCard> card) {
    RateCard c = card.orElseThrow(RateCardService::noSuchCard);
    if (!c.tenantId().equals(actor.tenantId().value())) {
      throw noSuchCard();
    }
    return c;
  }

  static AccessDenied noSuchCard() {
    return new AccessDenied("No such rate card");
  }

  static Map<String, Object> snapshot(RateCard c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("owner", c.ownerName());
    m.put("ownerId", c.ownerId().toString());
    m.put("side", c.side().name());
    m.put("currency", c.currency().code());
    m.put("activeVersion", c.activeVersionNumber());
    return m;
  }
}
