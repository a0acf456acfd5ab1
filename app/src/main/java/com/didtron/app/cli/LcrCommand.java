package com.didtron.app.cli;

import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.lcr.CarrierDeck;
import com.didtron.rating.lcr.CarrierQuote;
import com.didtron.rating.lcr.CurrencyConversion;
import com.didtron.rating.lcr.Lcr;
import com.didtron.rating.lcr.LcrRanking;
import com.didtron.rating.lcr.LcrRequest;
import com.didtron.rating.offline.OfflineDecks;
import com.didtron.rating.offline.OfflineRatingException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./didtron lcr}: ranks the carriers for one dialled number offline, from deck files, and
 * says for every dropped carrier which rule of the route policy (DMN) dropped it.
 */
@Command(
    name = "lcr",
    mixinStandardHelpOptions = true,
    description = "Rank carriers for a number by cost, applying the route policy (offline).")
class LcrCommand implements Callable<Integer> {
  @Option(
      names = "--sell",
      required = true,
      paramLabel = "ACCOUNT=DECK.csv",
      description = "Sell decks")
  Map<String, Path> sell;

  @Option(
      names = "--buy",
      required = true,
      paramLabel = "CARRIER=DECK.csv",
      description = "Buy decks")
  Map<String, Path> buy;

  @Option(names = "--account", required = true, description = "The customer account calling")
  String account;

  @Option(
      names = "--number",
      required = true,
      description = "The dialled number (digits, optional +)")
  String number;

  @Option(
      names = "--at",
      description = "Instant of the call (default: now), e.g. 2026-11-01T10:00:00Z")
  Instant at;

  @Option(
      names = "--tier",
      defaultValue = "STANDARD",
      description = "Route tier: ${COMPLETION-CANDIDATES}")
  RoutePolicy.Tier tier;

  @Option(names = "--allow-loss", description = "Keep carriers that cost more than the sell rate")
  boolean allowLoss;

  @Option(
      names = "--currency",
      defaultValue = "USD",
      description = "Currency of all decks (default: ${DEFAULT-VALUE})")
  String currency;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!number.matches("\\+?[0-9]+")) {
      err.println("didtron lcr: the number must be digits with an optional leading +: " + number);
      return 2;
    }
    ByteArrayOutputStream deckErrors = new ByteArrayOutputStream();
    OfflineDecks.Decks decks;
    try (PrintStream errors = new PrintStream(deckErrors, true, StandardCharsets.UTF_8)) {
      decks = OfflineDecks.load(sell, buy, errors);
    } catch (OfflineRatingException e) {
      err.print(deckErrors.toString(StandardCharsets.UTF_8));
      err.println("didtron lcr: " + e.getMessage());
      return 2;
    }
    CompiledDeck sellDeck = decks.sell().get(account);
    if (sellDeck == null) {
      err.println(
          "didtron lcr: no sell deck for account "
              + account
              + " (give it with --sell "
              + account
              + "=DECK.csv)");
      return 2;
    }
    Instant when = at == null ? Instant.now() : at;
    String digits = number.startsWith("+") ? number.substring(1) : number;
    BigDecimal sellRate = describeSell(out, sellDeck, digits, when);
    rankAndPrint(out, decks.buy(), digits, when, sellRate);
    return 0;
  }

  private BigDecimal describeSell(PrintWriter out, CompiledDeck deck, String digits, Instant when) {
    int e = deck.find(digits, when);
    if (e == CompiledDeck.NO_MATCH) {
      out.println(
          "number "
              + digits
              + " at "
              + when
              + ": account "
              + account
              + " has no sell rate; loss protection off");
      return null;
    }
    out.println(
        "number "
            + digits
            + " at "
            + when
            + ": account "
            + account
            + " sells prefix "
            + digits.substring(0, deck.prefixLength(e))
            + " ("
            + deck.destination(e)
            + ") at "
            + deck.rate(e).toPlainString()
            + "/min; tier "
            + tier);
    return deck.rate(e);
  }

  private void rankAndPrint(
      PrintWriter out,
      Map<String, CompiledDeck> buyDecks,
      String digits,
      Instant when,
      BigDecimal sellRate) {
    CurrencyCode base = CurrencyCode.of(currency);
    LcrRanking ranking =
        Lcr.rank(
            new LcrRequest(
                digits,
                when,
                buyDecks.entrySet().stream()
                    .map(d -> new CarrierDeck(d.getKey(), base, d.getValue()))
                    .toList(),
                CurrencyConversion.of(base, Map.of())));
    RoutePolicy policy = RoutePolicy.standard();
    out.println(
        String.format(
            "%-4s %-16s %-10s %-20s %12s %9s  %s",
            "rank", "carrier", "prefix", "destination", "rate/min", "incr", "verdict"));
    int rank = 0;
    for (CarrierQuote q : ranking.quotes()) {
      boolean loss = sellRate != null && q.baseRate().compareTo(sellRate) > 0;
      RoutePolicy.Verdict v =
          policy.evaluate(new RoutePolicy.Input(tier, false, loss, allowLoss, null, null));
      out.println(
          String.format(
              "%-4s %-16s %-10s %-20s %12s %9s  %s",
              v.allowed() ? String.valueOf(++rank) : "-",
              q.carrier(),
              q.prefix(),
              q.destination(),
              q.rate().toPlainString(),
              q.initialIncrement() + "/" + q.subsequentIncrement(),
              v.allowed() ? v.rule() : "dropped: " + v.rule()));
    }
    if (!ranking.withoutRate().isEmpty()) {
      out.println("no rate for this number: " + String.join(", ", ranking.withoutRate()));
    }
  }
}
