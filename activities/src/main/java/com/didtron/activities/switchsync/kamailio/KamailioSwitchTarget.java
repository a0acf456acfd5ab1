package com.didtron.activities.switchsync.kamailio;

import static com.didtron.activities.switchsync.kamailio.KamailioTables.*;

import com.didtron.activities.copy.PgCopy;
import com.didtron.activities.switchsync.ActiveCall;
import com.didtron.activities.switchsync.CarrierGateway;
import com.didtron.activities.switchsync.CustomerAddress;
import com.didtron.activities.switchsync.DidRule;
import com.didtron.activities.switchsync.IngressTrunk;
import com.didtron.activities.switchsync.RouteRule;
import com.didtron.activities.switchsync.SwitchFailure;
import com.didtron.activities.switchsync.SwitchRejected;
import com.didtron.activities.switchsync.SwitchTarget;
import com.didtron.activities.switchsync.SwitchUnreachable;
import com.didtron.domain.account.AccountId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link SwitchTarget} for the local Kamailio: first asks the switch whether it answers ({@code
 * core.version}), then writes its tables in schema {@code kamailio} in one transaction per call and
 * reloads the changed module over JSON-RPC once the transaction has committed (after the caller's
 * own transaction, when there is one). A switch that does not answer leaves its tables untouched:
 * the write throws {@link SwitchUnreachable} and the object stays pending for the next attempt.
 */
@Component
public class KamailioSwitchTarget implements SwitchTarget {
  private static final int HTABLE_STRING = 0;
  private final DSLContext db;
  private final KamailioRpc rpc;
  private final String realm;

  @org.springframework.beans.factory.annotation.Autowired
  public KamailioSwitchTarget(
      DSLContext db,
      @Value("${didtron.switch.kamailio.rpc-url:http://127.0.0.1:5080/RPC}") String rpcUrl,
      @Value("${didtron.switch.digest-realm:didtron}") String realm) {
    this(db, new KamailioRpc(rpcUrl), realm);
  }

  /** A target with the default digest realm ({@code didtron}). */
  public KamailioSwitchTarget(DSLContext db, KamailioRpc rpc) {
    this(db, rpc, "didtron");
  }

  public KamailioSwitchTarget(DSLContext db, KamailioRpc rpc, String realm) {
    this.db = db;
    this.rpc = rpc;
    this.realm = realm;
  }

  @Override
  public int accountNumber(AccountId account) {
    int[] no = new int[1];
    write(tx -> no[0] = number(tx, account), "htable");
    return no[0];
  }

  @Override
  public void replaceCustomerAddresses(AccountId account, List<CustomerAddress> addresses) {
    write(
        tx -> {
          int no = number(tx, account);
          tx.deleteFrom(ADDRESS).where(GRP.eq(no)).execute();
          for (CustomerAddress a : addresses) {
            tx.insertInto(ADDRESS)
                .set(GRP, no)
                .set(IP_ADDR, a.ip())
                .set(MASK, a.mask())
                .set(PORT, (short) a.port())
                .set(TAG, a.trunkId())
                .execute();
          }
        },
        "htable",
        "address");
  }

  @Override
  public void replaceIngressTrunks(AccountId account, List<IngressTrunk> trunks) {
    write(
        tx ->
            KamailioIngress.replace(
                tx, number(tx, account), trunks, realm, (k, v) -> put(tx, k, v)),
        "htable",
        "address");
  }

  @Override
  public int routingGroup(AccountId account, String tier) {
    int[] group = new int[1];
    write(
        tx -> {
          tx.insertInto(ROUTE_GROUP)
              .set(ACCOUNT_ID, account.value())
              .set(TIER, tier)
              .onConflictDoNothing()
              .execute();
          group[0] =
              tx.select(GROUP_NO)
                  .from(ROUTE_GROUP)
                  .where(ACCOUNT_ID.eq(account.value()).and(TIER.eq(tier)))
                  .fetchSingle(GROUP_NO);
        });
    return group[0];
  }

  @Override
  public void putGateways(List<CarrierGateway> gateways) {
    write(
        tx -> {
          for (CarrierGateway g : gateways) {
            Integer gwid =
                tx.select(GWID).from(DR_GATEWAYS).where(ATTRS.eq(g.key())).fetchOne(GWID);
            if (gwid == null) {
              tx.insertInto(DR_GATEWAYS)
                  .set(TYPE, 0)
                  .set(GW_ADDRESS, g.address())
                  .set(STRIP, g.strip())
                  .set(PRI_PREFIX, g.prefix())
                  .set(ATTRS, g.key())
                  .set(DESCRIPTION, g.description())
                  .execute();
            } else {
              tx.update(DR_GATEWAYS)
                  .set(GW_ADDRESS, g.address())
                  .set(STRIP, g.strip())
                  .set(PRI_PREFIX, g.prefix())
                  .set(DESCRIPTION, g.description())
                  .where(GWID.eq(gwid))
                  .execute();
            }
          }
        },
        "drouting");
  }

  @Override
  public void replaceRoutes(int routingGroup, List<RouteRule> rules) {
    if (routingGroup <= 0) {
      throw new IllegalArgumentException(
          "a routing group is a positive number, not " + routingGroup);
    }
    write(
        tx -> {
          Map<String, Integer> gwids = new HashMap<>();
          tx.select(GWID, ATTRS)
              .from(DR_GATEWAYS)
              .fetch()
              .forEach(r -> gwids.put(r.get(ATTRS), r.get(GWID)));
          List<String> gwlists = new ArrayList<>(rules.size());
          for (RouteRule rule : rules) {
            List<String> ids = new ArrayList<>();
            for (String key : rule.gatewayKeys()) {
              Integer id = gwids.get(key);
              if (id == null) {
                throw new IllegalArgumentException(
                    "route " + rule.prefix() + ": unknown gateway " + key);
              }
              ids.add(String.valueOf(id));
            }
            gwlists.add(String.join(",", ids));
          }
          tx.deleteFrom(DR_RULES).where(GROUPID.eq(String.valueOf(routingGroup))).execute();
          copyRules(tx, String.valueOf(routingGroup), rules, gwlists);
        },
        "drouting");
  }

  /** One COPY for the whole plan: 300,000 rules in about a second instead of a round trip each. */
  private static void copyRules(
      DSLContext tx, String group, List<RouteRule> rules, List<String> gwlists) {
    PgCopy.in(
        tx,
        "COPY kamailio.dr_rules (groupid, prefix, timerec, priority, routeid, gwlist, description)"
            + " FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (timerec, description))",
        (out, flush) -> {
          for (int i = 0; i < rules.size(); i++) {
            RouteRule rule = rules.get(i);
            out.field(group)
                .comma()
                .field(rule.prefix())
                .comma()
                .comma()
                .number(rule.priority())
                .comma()
                .field("0")
                .comma()
                .field(gwlists.get(i))
                .comma()
                .newline();
            flush.ifFull();
          }
        });
  }

  @Override
  public void useRoutingGroup(AccountId account, int routingGroup) {
    write(tx -> put(tx, "rgroup::" + number(tx, account), String.valueOf(routingGroup)), "htable");
  }

  @Override
  public void setBlocked(AccountId account, String reason) {
    write(
        tx -> {
          String key = "blocked::" + number(tx, account);
          if (reason == null) {
            tx.deleteFrom(HTABLE).where(KEY_NAME.eq(key)).execute();
          } else {
            String oneLine = reason.replaceAll("[\\r\\n]+", " ").strip();
            put(
                tx,
                key,
                oneLine.isEmpty()
                    ? "blocked"
                    : oneLine.length() > 120 ? oneLine.substring(0, 120) : oneLine);
          }
        },
        "htable");
  }

  @Override
  public void setChannelLimit(AccountId account, int maxChannels) {
    if (maxChannels < 0) {
      throw new IllegalArgumentException("a channel limit must not be negative");
    }
    write(tx -> put(tx, "maxch::" + number(tx, account), String.valueOf(maxChannels)), "htable");
  }

  /** The {@code acct} htable keys of a number's rule (see route[INBOUND] in kamailio.cfg). */
  static List<String> didKeys(String number) {
    return List.of(
        "did::" + number,
        "didu::" + number,
        "didf::" + number,
        "didt::" + number,
        "dids::" + number,
        "gone::" + number);
  }

  @Override
  public void putDid(AccountId account, DidRule rule) {
    write(
        tx -> {
          tx.deleteFrom(HTABLE).where(KEY_NAME.in(didKeys(rule.number()))).execute();
          put(tx, "did::" + rule.number(), String.valueOf(number(tx, account)));
          put(tx, "didu::" + rule.number(), rule.destinationUri());
          if (rule.failoverUri() != null && !rule.failoverUri().isBlank()) {
            put(tx, "didf::" + rule.number(), rule.failoverUri());
          }
          put(tx, "didt::" + rule.number(), String.valueOf(rule.ringTimeoutSeconds() * 1000));
          if (rule.suspended()) {
            put(tx, "dids::" + rule.number(), "1");
          }
        },
        "htable");
  }

  @Override
  public void removeDid(String number) {
    write(
        tx -> {
          tx.deleteFrom(HTABLE).where(KEY_NAME.in(didKeys(number))).execute();
          // remembered so that a carrier still sending it gets 404, not "unknown source"
          put(tx, "gone::" + number, "1");
        },
        "htable");
  }

  @Override
  public List<ActiveCall> callsInProgress() {
    try {
      return KamailioDialogs.parse(rpc.call("dlg.list"));
    } catch (KamailioRpcException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean hangUp(String activeCallId) {
    String[] parts = activeCallId == null ? new String[0] : activeCallId.split(":");
    if (parts.length != 2 || !parts[0].matches("\\d{1,9}") || !parts[1].matches("\\d{1,9}")) {
      throw new IllegalArgumentException("not a call id of the switch: " + activeCallId);
    }
    try {
      rpc.call("dlg.end_dlg", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      return true;
    } catch (KamailioRpcException e) {
      if (e.code() == 404) {
        return false;
      }
      throw failure(e);
    }
  }

  /**
   * Throws a retriable {@link SwitchUnreachable} unless the switch answers a cheap RPC, so that a
   * down switch leaves its tables as they are.
   */
  private void answers() {
    try {
      rpc.call("core.version");
    } catch (KamailioRpcException e) {
      throw new SwitchUnreachable(
          e.code() == 0 ? e.getMessage() : "switch unreachable: " + e.getMessage(), e, true);
    }
  }

  /** An RPC failure as the port's {@link SwitchFailure}: no answer, or a refusal. */
  private static SwitchFailure failure(KamailioRpcException e) {
    return e.code() == 0
        ? new SwitchUnreachable(e.getMessage(), e, true)
        : new SwitchRejected(e.code(), e.getMessage());
  }

  /** The account's switch number, with its id in the {@code acct} htable for the CDRs. */
  private static int number(DSLContext tx, AccountId account) {
    tx.insertInto(ACCOUNT_REF)
        .set(ACCOUNT_ID, account.value())
        .onConflict(ACCOUNT_ID)
        .doNothing()
        .execute();
    int no =
        tx.select(SWITCH_NO)
            .from(ACCOUNT_REF)
            .where(ACCOUNT_ID.eq(account.value()))
            .fetchSingle(SWITCH_NO);
    put(tx, "uuid::" + no, account.value().toString());
    return no;
  }

  private static void put(DSLContext tx, String key, String value) {
    tx.insertInto(HTABLE)
        .set(KEY_NAME, key)
        .set(KEY_TYPE, 0)
        .set(VALUE_TYPE, HTABLE_STRING)
        .set(KEY_VALUE, value)
        .onConflict(KEY_NAME)
        .doUpdate()
        .set(KEY_VALUE, value)
        .set(VALUE_TYPE, HTABLE_STRING)
        .execute();
  }

  private void write(Consumer<DSLContext> work, String... modules) {
    answers();
    db.transaction(c -> work.accept(c.dsl()));
    Runnable reload = () -> reload(modules);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              reload.run();
            }
          });
    } else {
      reload.run();
    }
  }

  private void reload(String... modules) {
    for (String module : modules) {
      switch (module) {
        case "address" -> rpc.call("permissions.addressReload");
        case "drouting" -> rpc.call("drouting.reload");
        case "htable" -> rpc.call("htable.reload", ACCOUNT_HTABLE);
        default -> throw new IllegalStateException("no reload for " + module);
      }
    }
  }
}
