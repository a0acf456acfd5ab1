package com.didtron.activities.statement;

import static com.didtron.activities.document.DocumentHtml.amount;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.document.DocumentHtml;
import com.didtron.activities.document.PdfRenderer;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.statement.Statement;
import com.didtron.domain.tenant.Tenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements of account. A customer statement lists invoices (their totals) and every other
 * movement on the customer's ledger sub-account (payments, credit notes, netting, adjustments), so
 * its closing balance plus the usage not invoiced yet equals the ledger balance. A carrier
 * statement lists its cost per day and every other movement on its payable sub-account.
 */
@Service
@Facade
public class StatementService {
  private final AccountService accounts;
  private final Ledger ledger;
  private final StatementQueries queries;
  private final PdfRenderer pdf;
  private final Tenants tenants;

  StatementService(
      AccountService accounts,
      Ledger ledger,
      StatementQueries queries,
      PdfRenderer pdf,
      Tenants tenants) {
    this.accounts = accounts;
    this.ledger = ledger;
    this.queries = queries;
    this.pdf = pdf;
    this.tenants = tenants;
  }

  /**
   * The statement of a side ("CUSTOMER" or "CARRIER") of an account the actor may see, for [from,
   * to).
   */
  @Transactional(readOnly = true)
  public Statement statement(Actor actor, AccountId id, String side, LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("A statement ends after it starts");
    }
    Account a = accounts.get(actor, id);
    boolean customer = !"CARRIER".equals(side);
    if (customer ? a.kind() == AccountKind.CARRIER : a.kind() == AccountKind.CUSTOMER) {
      throw new IllegalArgumentException(
          a.name() + " has no " + (customer ? "customer" : "carrier") + " side");
    }
    LedgerPurpose purpose =
        customer ? LedgerPurpose.CUSTOMER_BALANCE : LedgerPurpose.CARRIER_PAYABLE;
    UUID sub =
        ledger
            .chart()
            .findParty(a.tenantId(), purpose, a.id())
            .map(s -> s.id().value())
            .orElse(null);
    int sign = customer ? 1 : -1;
    String cur = a.currency().code();
    BigDecimal opening = queries.documentsBefore(a, sub, cur, from, customer, sign);
    List<StatementQueries.Movement> moves =
        queries.movements(a, sub, cur, from, to, customer, sign);
    List<Statement.Row> rows = new ArrayList<>();
    BigDecimal running = opening;
    for (StatementQueries.Movement m : moves) {
      running = running.add(m.amount());
      rows.add(
          new Statement.Row(
              m.date(),
              m.kind(),
              m.reference(),
              m.description(),
              m.amount().signum() > 0 ? m.amount() : BigDecimal.ZERO,
              m.amount().signum() < 0 ? m.amount().negate() : BigDecimal.ZERO,
              running));
    }
    BigDecimal ledgerBalance =
        queries.ledgerBefore(sub, cur, to).multiply(BigDecimal.valueOf(sign));
    return new Statement(
        a.name(),
        cur,
        customer ? "CUSTOMER" : "CARRIER",
        from,
        to,
        opening,
        rows,
        running,
        ledgerBalance.subtract(running),
        ledgerBalance);
  }

  /** The statement as PDF. */
  @Transactional(readOnly = true)
  public byte[] pdf(Actor actor, AccountId id, String side, LocalDate from, LocalDate to) {
    Statement s = statement(actor, id, side, from, to);
    Account a = accounts.get(actor, id);
    String brand = tenants.find(a.tenantId()).map(Tenant::name).orElse(null);
    CurrencyCode c = CurrencyCode.of(s.currency());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(from.toString(), "", "Opening balance", "", "", amount(s.opening(), c)));
    for (Statement.Row r : s.rows()) {
      rows.add(
          List.of(
              r.date().toString(),
              r.reference(),
              r.description(),
              r.charge().signum() == 0 ? "" : amount(r.charge(), c),
              r.credit().signum() == 0 ? "" : amount(r.credit(), c),
              amount(r.balance(), c)));
    }
    boolean customer = "CUSTOMER".equals(s.side());
    DocumentHtml doc =
        new DocumentHtml(brand, "Statement of account")
            .facts(
                List.of(
                    new String[] {customer ? "Customer" : "Carrier", s.accountName()},
                    new String[] {"Period", from + " to " + to.minusDays(1) + " (dates in UTC)"},
                    new String[] {"Currency", s.currency()},
                    new String[] {
                      "Amounts", customer ? "positive: you owe us" : "positive: we owe you"
                    }))
            .table(
                List.of(
                    "Date",
                    "Reference",
                    "Description",
                    customer ? "#Charges" : "#Costs",
                    "#Credits",
                    "#Balance"),
                rows)
            .totals(
                customer
                    ? List.of(
                        new String[] {"Usage not invoiced yet", amount(s.unbilled(), c)},
                        new String[] {"Closing balance " + s.currency(), amount(s.closing(), c)})
                    : List.<String[]>of(
                        new String[] {"Closing balance " + s.currency(), amount(s.closing(), c)}));
    return pdf.render(doc.xhtml());
  }
}
