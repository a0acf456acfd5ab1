package com.didtron.activities.switchsync.kamailio;

import static com.didtron.activities.switchsync.kamailio.KamailioTables.*;

import com.didtron.activities.switchsync.CustomerAddress;
import com.didtron.activities.switchsync.IngressTrunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;

/**
 * An account's ingress trunks as the routing script reads them (kamailio.cfg route[TRUNK]). One
 * {@code address} row per distinct source block, most specific first, tagged with the block's key
 * (the id of its trunk without a tech prefix, else of its first trunk); in htable {@code acct}:
 *
 * <ul>
 *   <li>{@code tp::<no>::<block>::<tech prefix>} → the trunk on that block with that prefix;
 *   <li>{@code blk::<no>::<block>} → the block's trunk without a tech prefix, or {@code -} when
 *       every trunk on it requires one (a number without one is refused);
 *   <li>{@code strip::<no>::<trunk>}, {@code pre::<no>::<trunk>} → its translation;
 *   <li>{@code tg::<no>::<trunk>} → the routing group of the trunk's tier;
 *   <li>{@code auth::<no>::<trunk>} → the digest username the trunk requires; {@code
 *       du::<username>} → the account's number (a call from an unknown source whose From user is a
 *       known username is challenged); {@code any::<no>::<trunk>} → its credentials alone admit a
 *       call from any source (a trunk without a block); {@code realm} → the digest realm.
 * </ul>
 *
 * A trunk with credentials and no source block is a block of its own, keyed by its id (the
 * credentials name it). Its secret goes to {@code subscriber} (username, HA1, trunk id, account
 * number) that auth_db reads with {@code calculate_ha1=0}.
 */
final class KamailioIngress {
  /** The keys this class owns for an account, as a PostgreSQL regular expression. */
  private static String ownKeys(int no) {
    return "^(tp|blk|strip|pre|tg|auth|any)::" + no + "::";
  }

  private KamailioIngress() {}

  static void replace(
      DSLContext tx,
      int no,
      List<IngressTrunk> trunks,
      String realm,
      BiConsumer<String, String> put) {
    tx.deleteFrom(ADDRESS).where(GRP.eq(no)).execute();
    tx.deleteFrom(HTABLE).where(KEY_NAME.likeRegex(ownKeys(no))).execute();
    tx.deleteFrom(HTABLE)
        .where(KEY_NAME.startsWith("du::").and(KEY_VALUE.eq(String.valueOf(no))))
        .execute();
    tx.deleteFrom(SUBSCRIBER).where(ACCOUNT_NO.eq(no)).execute();
    put.accept("realm", realm);
    for (List<IngressTrunk> block : blocks(trunks)) {
      IngressTrunk first = block.getFirst();
      String key = first.trunkId();
      CustomerAddress a = first.source();
      if (a != null) {
        tx.insertInto(ADDRESS)
            .set(GRP, no)
            .set(IP_ADDR, a.ip())
            .set(MASK, a.mask())
            .set(PORT, (short) a.port())
            .set(TAG, key)
            .execute();
      }
      put.accept("blk::" + no + "::" + key, first.techPrefix().isEmpty() ? key : "-");
      for (IngressTrunk t : block.reversed()) {
        if (!t.techPrefix().isEmpty()) {
          // reversed: of two trunks with the same prefix on one block, the first one wins
          put.accept("tp::" + no + "::" + key + "::" + t.techPrefix(), t.trunkId());
        }
      }
    }
    for (IngressTrunk t : trunks) {
      if (t.strip() > 0) {
        put.accept("strip::" + no + "::" + t.trunkId(), String.valueOf(t.strip()));
      }
      if (!t.prepend().isEmpty()) {
        put.accept("pre::" + no + "::" + t.trunkId(), t.prepend());
      }
      put.accept("tg::" + no + "::" + t.trunkId(), String.valueOf(t.routingGroup()));
      if (t.digestUser() != null) {
        credentials(tx, no, t, realm, put);
      }
    }
  }

  private static void credentials(
      DSLContext tx, int no, IngressTrunk t, String realm, BiConsumer<String, String> put) {
    // a username moved from another account's deleted trunk leaves no row behind
    tx.deleteFrom(SUBSCRIBER).where(USERNAME.eq(t.digestUser())).execute();
    tx.insertInto(SUBSCRIBER)
        .set(USERNAME, t.digestUser())
        .set(DOMAIN, realm)
        .set(HA1, t.digestHa1())
        .set(TRUNK_ID, t.trunkId())
        .set(ACCOUNT_NO, no)
        .execute();
    put.accept("auth::" + no + "::" + t.trunkId(), t.digestUser());
    if (t.source() == null) {
      put.accept("any::" + no + "::" + t.trunkId(), "1");
    }
    put.accept("du::" + t.digestUser(), String.valueOf(no));
  }

  /**
   * The trunks per distinct source block, most specific block first, in a block the trunk without a
   * tech prefix first, then by id; then each trunk without a source (credentials only) alone.
   */
  static List<List<IngressTrunk>> blocks(List<IngressTrunk> trunks) {
    Map<String, List<IngressTrunk>> byBlock = new LinkedHashMap<>();
    trunks.stream()
        .filter(t -> t.source() != null)
        .sorted(
            Comparator.comparing((IngressTrunk t) -> -t.source().mask())
                .thenComparing(t -> t.source().ip())
                .thenComparing(t -> !t.techPrefix().isEmpty())
                .thenComparing(IngressTrunk::trunkId))
        .forEach(
            t ->
                byBlock
                    .computeIfAbsent(
                        t.source().ip() + "/" + t.source().mask(), b -> new ArrayList<>())
                    .add(t));
    trunks.stream()
        .filter(t -> t.source() == null)
        .forEach(t -> byBlock.put(t.trunkId(), List.of(t)));
    return List.copyOf(byBlock.values());
  }
}
