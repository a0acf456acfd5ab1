package com.didtron.activities.ratedeck;

import com.didtron.rating.engine.CompiledDeck;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The compiled decks of the last few drafts imported on this node, so activating a draft right
 * after its import does not read it back from the database. A miss (another node, a restart, an old
 * draft) simply loads the version from PostgreSQL.
 */
@Component
class DraftDecks {
  private static final int KEPT = 2;
  private final Map<UUID, CompiledDeck> decks = new LinkedHashMap<>();

  synchronized void put(UUID versionId, CompiledDeck deck) {
    decks.put(versionId, deck);
    while (decks.size() > KEPT) {
      decks.remove(decks.keySet().iterator().next());
    }
  }

  /** The compiled draft, removed from the cache. */
  synchronized Optional<CompiledDeck> take(UUID versionId) {
    return Optional.ofNullable(decks.remove(versionId));
  }
}
