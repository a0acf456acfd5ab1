package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.did.DidInventory;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.user.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of every role's menu in a real headless Chromium, light and dark, at 1440 px and on a
 * 390 px phone: fails on browser console errors, on content wider than its card, header, the
 * content area or the viewport (a grid's own sideways scroller is allowed on the phone only), on
 * interactive elements without a {@code data-testid}, on a page that does not open at its top, on a
 * phone menu button that does not open the drawer of rail and pages, and on axe-core violations of
 * impact serious or critical (all rules in light at 1440 px; colour contrast in dark at 1440 px
 * once per page, as colours depend neither on the role nor the width). Screenshots: {@code
 * app/target/screenshots/layout-<role>-<page>-<width>-<theme>.png}.
 */
class LayoutBrowserIT extends PlatformIT {
  private static final String PASSWORD = "layout-check-password";
  private static final int WIDE = 1440;
  private static final int PHONE = 390;
  private static final String AXE = axeSource();

  /**
   * Pages whose grid is a wide table by design and may scroll sideways inside itself at 1440 px:
   * the CDR browser (a dozen columns of one call).
   */
  private static final Set<String> WIDE_GRIDS = Set.of("cdrs");

  /**
   * To look at a few: {@code -Ddidtron.layout.roles=CUSTOMER,CARRIER -Ddidtron.layout.pages=cdrs}.
   */
  private static final List<String> ONLY_ROLES = property("didtron.layout.roles");

  private static final List<String> ONLY_PAGES = property("didtron.layout.pages");

  /** The elements a user can act on; each must carry a data-testid. */
  private static final String INTERACTIVE =
      "a[href], button, input:not([type=hidden]):not([slot]), select, textarea:not([slot]),"
          + " [role=button], [role=tab], [role=checkbox], [role=menuitem], vaadin-button,"
          + " vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-password-field,"
          + " vaadin-number-field, vaadin-integer-field, vaadin-big-decimal-field,"
          + " vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-select, vaadin-date-picker,"
          + " vaadin-date-time-picker, vaadin-time-picker, vaadin-checkbox, vaadin-checkbox-group,"
          + " vaadin-radio-group, vaadin-radio-button, vaadin-grid, vaadin-upload, vaadin-tabs,"
          + " vaadin-tab, vaadin-tabsheet, vaadin-menu-bar, vaadin-menu-bar-button,"
          + " vaadin-side-nav-item, vaadin-details, vaadin-details-summary, vaadin-dialog";

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired RatingFixtures rating;
  @Autowired CdrIngestService ingest;
  @Autowired TopUps topUps;
  @Autowired DidInventory inventory;
  @Autowired UserService users;
  @Autowired OwnPassword ownPassword;
  @Autowired DSLContext db;

  private final Map<Role, String> logins = new LinkedHashMap<>();

  /** Data on every page: a customer and a carrier with rates, calls, money, numbers. */
  @BeforeEach
  void aTenantWithTraffic() {
    RatingFixtures.Pair pair =
        rating.pair(
            admin(),
            "44,United Kingdom of Great Britain and Northern Ireland,0.0200,0,60,6,2026-01-01,\n"
                + "4420,UK London,0.012345,0,60,6,2026-01-01,\n",
            "44,UK,0.0100,0,60,6,2026-01-01,\n");
    StringBuilder csv = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (int i = 0; i < 12; i++) {
      csv.append("layout")
          .append(UUID.randomUUID())
          .append(',')
          .append(pair.customer().name())
          .append(',')
          .append(pair.carrier().name())
          .append(",1,442071234")
          .append(i)
          .append(",2026-11-")
          .append(String.format("%02d", 1 + i))
          .append("T10:00:00Z,")
          .append(60 + i * 37)
          .append('\n');
    }
    ingest.ingest(
        admin(),
        new IngestRequest(
            Fixtures.unique("layout"), "layout.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
    // a seven-digit balance: cards must show it whole
    topUps.manual(
        admin(), pair.customer().id(), new TopUpInput("1234567.89", "USD", "wire for layout"));
    String block = "4930" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    inventory.importCsv(
        admin(),
        "manual",
        null,
        "layout.csv",
        new ByteArrayInputStream(
            ("number,country,area,type,monthly_cost,setup_cost,channels,currency\n"
                    + block
                    + "1,DE,Berlin,GEOGRAPHIC,1.25,0,2,EUR\n"
                    + block
                    + "2,DE,Berlin,GEOGRAPHIC,1.25,0,2,EUR\n")
                .getBytes(StandardCharsets.UTF_8)));
    db.execute(
        "UPDATE did_inventory SET status = 'ACTIVE', account_id = ?, destination_uri ="
            + " 'sip:pbx@example.net', activated_at = now() WHERE tenant_id = ? AND number = ?",
        pair.customer().id().value(),
        admin().tenantId().value(),
        block + "1");
    db.execute(
        "INSERT INTO kyc_case (id, tenant_id, account_id, state, identity_verified_at)"
            + " VALUES (?, ?, ?, 'VERIFIED', now())",
        UUID.randomUUID(),
        admin().tenantId().value(),
        pair.customer().id().value());

    logins.put(Role.SUPER_ADMIN, ADMIN);
    for (Role staff : List.of(Role.TENANT_ADMIN, Role.FINANCE, Role.ANALYST, Role.AUDITOR)) {
      logins.put(staff, user(staff, null));
    }
    logins.put(Role.CUSTOMER, user(Role.CUSTOMER, pair.customer().id()));
    logins.put(Role.CARRIER, user(Role.CARRIER, pair.carrier().id()));
  }

  @Test
  void everyPageOfEveryRoleHoldsItsLayoutIsLabelledAndAccessible() throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, Long> seconds = new LinkedHashMap<>();
    Map<String, Long> millis = new LinkedHashMap<>();
    Set<String> darkChecked = new HashSet<>();
    for (Map.Entry<Role, String> login : logins.entrySet()) {
      long started = System.nanoTime();
      Role role = login.getKey();
      if (!ONLY_ROLES.isEmpty() && !ONLY_ROLES.contains(role.name())) {
        continue;
      }
      try (Chromium browser = Chromium.open(port)) {
        browser.signIn(
            login.getValue(), login.getKey() == Role.SUPER_ADMIN ? ADMIN_PASSWORD : PASSWORD);
        Tour tour = new Tour(browser, role, problems, millis, darkChecked);
        List<String> pages = tour.menu();
        assertThat(pages).as("%s has a menu", role).isNotEmpty();
        pages.removeIf(p -> !ONLY_PAGES.isEmpty() && ONLY_PAGES.stream().noneMatch(p::startsWith));
        for (int i = 0; i < pages.size(); i++) {
          tour.visit(pages.get(i), i % 2 == 0);
        }
        tour.phoneMenu();
      }
      seconds.put(role.name(), (System.nanoTime() - started) / 1_000_000_000L);
    }
    System.out.println("LayoutBrowserIT seconds per role: " + seconds + ", ms per step: " + millis);
    assertThat(problems)
        .as("layout, labels and accessibility problems:%n%s", String.join("\n", problems))
        .isEmpty();
  }

  private String user(Role role, AccountId account) {
    String email = Fixtures.unique("layout-" + role.name().toLowerCase()) + "@example.test";
    var created =
        (UserChange.Created)
            users.create(admin(), new UserDraft(email, "Layout " + role, Set.of(role), account));
    ownPassword.change(actorOf(email), created.oneTimePassword(), PASSWORD);
    return email;
  }

  private static List<String> property(String name) {
    String value = System.getProperty(name, "");
    return value.isBlank() ? List.of() : List.of(value.split(","));
  }

  private static String axeSource() {
    try (InputStream in = LayoutBrowserIT.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js (com.deque.html.axe-core:selenium) missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One role's walk through its pages in one browser. */
  private static final class Tour {
    private final Chromium browser;
    private final JavascriptExecutor js;
    private final Role role;
    private final List<String> problems;
    private final Map<String, Long> millis;
    private final Set<String> darkChecked;

    Tour(
        Chromium browser,
        Role role,
        List<String> problems,
        Map<String, Long> millis,
        Set<String> darkChecked) {
      this.millis = millis;
      this.darkChecked = darkChecked;
      this.browser = browser;
      this.js = browser.driver;
      this.role = role;
      this.problems = problems;
      browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** The role's pages as its menu lists them: every module of the rail, each module's pages. */
    List<String> menu() {
      waitIdle();
      // axe reads colours as drawn: no half-finished colour transitions (the end states count)
      js.executeScript(
          "const s = document.createElement('style'); s.id = 'dt-no-motion';"
              + " s.textContent = '*, *::before, *::after { transition: none !important;"
              + " animation: none !important; }'; document.head.appendChild(s);");
      Set<String> pages = new LinkedHashSet<>();
      List<String> modules =
          strings(
              "return [...document.querySelectorAll('.dt-rail a')].map(a =>"
                  + " a.getAttribute('href'));");
      for (String module : modules) {
        navigate(module);
        pages.add(module);
        pages.addAll(
            strings(
                "return [...document.querySelectorAll('.dt-subnav vaadin-side-nav-item')]"
                    + ".map(i => i.getAttribute('path')).filter(p => p != null);"));
      }
      return new ArrayList<>(pages);
    }

    /**
     * Opens a page once and checks it light/dark at both widths (order alternates: fewer resizes).
     */
    void visit(String page, boolean wideFirst) throws IOException {
      // scrolled down on the previous page: the new one must still open at its top
      js.executeScript(
          "const m = document.querySelector('.dt-main'); if (m) m.scrollTop = m.scrollHeight;");
      long t = System.nanoTime();
      navigate(page);
      time("navigate", t);
      Number top =
          (Number)
              js.executeScript(
                  "const m = document.querySelector('.dt-main'); return m ? m.scrollTop : -1;");
      if (top.intValue() != 0) {
        problems.add(where(page, "-", "-") + "did not open at its top (scrollTop " + top + ")");
      }
      List<int[]> widths =
          wideFirst
              ? List.of(new int[] {WIDE}, new int[] {PHONE})
              : List.of(new int[] {PHONE}, new int[] {WIDE});
      for (int[] w : widths) {
        resize(w[0]);
        List<String> themes = w[0] == WIDE ? List.of("light", "dark") : List.of("dark", "light");
        for (String theme : themes) {
          theme(theme);
          check(page, w[0], theme);
        }
      }
      consoleErrors(page);
    }

    /** On a phone the rail and the page list are a drawer: the menu button opens and closes it. */
    void phoneMenu() throws IOException {
      resize(PHONE);
      theme("light");
      String at = where("(menu)", PHONE + "px", "light");
      if (Boolean.TRUE.equals(js.executeScript(OPEN_MENU))) {
        problems.add(at + "the rail is visible before the menu button is pressed");
      }
      browser.driver.findElement(By.cssSelector("[data-testid='shell.menu-toggle']")).click();
      try {
        browser.wait.until(d -> Boolean.TRUE.equals(js.executeScript(OPEN_MENU)));
      } catch (TimeoutException e) {
        problems.add(at + "the menu button does not open the rail and the page list");
        return;
      }
      settle();
      browser.screenshot("layout-" + role.name().toLowerCase() + "-menu-390-light.png");
      browser.driver.findElement(By.cssSelector("[data-testid='shell.menu-toggle']")).click();
      try {
        browser.wait.until(d -> Boolean.FALSE.equals(js.executeScript(OPEN_MENU)));
      } catch (TimeoutException e) {
        problems.add(at + "the menu button does not close the drawer again");
      }
    }

    private void check(String page, int width, String theme) throws IOException {
      String at = where(page, width + "px", theme);
      for (String overflow : strings(OVERFLOW, width == WIDE, WIDE_GRIDS.contains(page))) {
        problems.add(at + "overflow: " + overflow);
      }
      for (String missing : strings(MISSING_TEST_IDS, INTERACTIVE)) {
        problems.add(at + "no data-testid: " + missing);
      }
      // all rules in light; contrast in dark once per page (its colours do not depend on the role)
      boolean dark = theme.equals("dark");
      if (width == WIDE && (!dark || darkChecked.add(page))) {
        long t = System.nanoTime();
        for (String v : axe(dark)) {
          problems.add(at + "axe: " + v);
        }
        time("axe", t);
      }
      long t = System.nanoTime();
      browser.screenshot(
          "layout-"
              + role.name().toLowerCase()
              + "-"
              + fileName(page)
              + "-"
              + width
              + "-"
              + theme
              + ".png");
      time("screenshot", t);
    }

    private void time(String step, long startedNanos) {
      millis.merge(step, (System.nanoTime() - startedNanos) / 1_000_000, Long::sum);
    }

    private List<String> axe(boolean contrastOnly) {
      if (Boolean.FALSE.equals(js.executeScript("return !!window.axe;"))) {
        js.executeScript(AXE);
      }
      Object result =
          js.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "const options = arguments[0] ? {runOnly: ['color-contrast']} : {};"
                  + "options.resultTypes = ['violations'];"
                  + "axe.run(document, options).then(r => done(r.violations"
                  + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                  // Vaadin's own vaadin-tabs render a div with a tabindex of their own (not ours)
                  // that axe counts as a child of the tablist; this one finding is left out
                  + "  .map(v => ({...v, nodes: v.nodes.filter(n => !(v.id ==="
                  + " 'aria-required-children'    && /^<vaadin-tabs/.test(n.html) &&"
                  + " /div\\[tabindex\\]/.test(n.failureSummary)))}))  .filter(v => v.nodes.length"
                  + " > 0)  .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): '    +"
                  + " v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + (n.html ||"
                  + " '').replace(/\\s+/g, ' ').slice(0, 160) + (n.failureSummary ? ' [' +"
                  + " n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ']' : '')).join('; ') "
                  + "   + (v.nodes.length > 4 ? ' … ' + v.nodes.length + ' nodes' : '')))).catch(e"
                  + " => done(['axe failed: ' + e]));",
              contrastOnly);
      return toStrings(result);
    }

    private void consoleErrors(String page) {
      for (LogEntry e : browser.driver.manage().logs().get(LogType.BROWSER)) {
        if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
          problems.add(where(page, "-", "-") + "console error: " + e.getMessage());
        }
      }
    }

    private void navigate(String page) {
      // a router link click: the client-side navigation a user's click does, without a reload
      js.executeScript(
          "const a = document.createElement('a'); a.href = arguments[0];"
              + " a.setAttribute('router-link', ''); document.body.appendChild(a); a.click();"
              + " a.remove();",
          page);
      browser.wait.until(
          d ->
              Boolean.TRUE.equals(
                  js.executeScript(
                      "return decodeURIComponent(location.pathname).replace(/^\\//, '')"
                          + " === decodeURIComponent(arguments[0]).replace(/^\\//, '');",
                      page)));
      waitIdle();
    }

    private void resize(int width) {
      browser.driver.manage().window().setSize(new Dimension(width, 900));
      settle();
    }

    private void theme(String theme) {
      js.executeScript(
          "const h = document.documentElement; h.setAttribute('theme', arguments[0] === 'dark' ?"
              + " 'dark' : ''); h.style.colorScheme = arguments[0];",
          theme);
    }

    /** Waits until Vaadin has no request in flight and two frames were drawn. */
    private void waitIdle() {
      browser.wait.until(
          d ->
              Boolean.TRUE.equals(
                  js.executeScript(
                      "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                          + " return !!c && Object.values(c).every(x => !x.isActive ||"
                          + " !x.isActive());")));
      settle();
    }

    private void settle() {
      js.executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)));");
    }

    private List<String> strings(String script, Object... args) {
      return toStrings(js.executeScript(script, args));
    }

    private String where(String page, String width, String theme) {
      return role + " /" + page + " " + width + " " + theme + ": ";
    }

    private static String fileName(String page) {
      String name =
          page.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "id").replaceAll("[^A-Za-z0-9]+", "-");
      return name.isBlank() || name.equals("-") ? "dashboard" : name.replaceAll("^-|-$", "");
    }
  }

  /** Whether the rail and the page list are on screen (the phone drawer is open). */
  private static final String OPEN_MENU =
      "const r = document.querySelector('.dt-rail').getBoundingClientRect();"
          + " const s = document.querySelector('.dt-subnav');"
          + " return r.right > 0 && getComputedStyle(s).visibility === 'visible'"
          + " && s.getBoundingClientRect().right > r.right;";

  private static List<String> toStrings(Object result) {
    List<String> out = new ArrayList<>();
    if (result instanceof List<?> list) {
      list.forEach(o -> out.add(String.valueOf(o)));
    }
    return out;
  }

  /**
   * What is wider than the box it lives in: the page, the top bar, the page header, the content,
   * cards, toolbars, the action dock; at 1440 px also a grid that scrolls sideways inside itself
   * (unless marked dt-grid-wide or listed in WIDE_GRIDS: a grid that is meant to).
   */
  private static final String OVERFLOW =
      """
      const wide = arguments[0];
      const out = [];
      const name = el => el.localName + (el.id ? '#' + el.id : '')
        + [...el.classList].filter(c => c.startsWith('dt-')).map(c => '.' + c).join('')
        + (el.getAttribute('data-testid') ? '[data-testid=' + el.getAttribute('data-testid') + ']' : '');
      const text = el => (el.innerText || '').replace(/\\s+/g, ' ').trim().slice(0, 60);
      const visible = el => el.offsetParent !== null || getComputedStyle(el).position === 'fixed';
      const doc = document.documentElement;
      if (doc.scrollWidth > doc.clientWidth + 1) {
        out.push('the page scrolls sideways: ' + doc.scrollWidth + ' > ' + doc.clientWidth + 'px');
      }
      const boxes = '.dt-topbar, .dt-main, .dt-page-header, .dt-content, .dt-card, .dt-cards,'
        + ' .dt-toolbar, .dt-action-dock, .dt-grid-footer, .dt-details, .dt-banner, .dt-banner-warning';
      for (const el of document.querySelectorAll(boxes)) {
        if (!visible(el)) continue;
        if (el.scrollWidth > el.clientWidth + 1) {
          // name the widest child that sticks out
          let culprit = '';
          const right = el.getBoundingClientRect().right;
          for (const c of el.querySelectorAll('*')) {
            const r = c.getBoundingClientRect();
            if (r.width > 0 && r.right > right + 1) { culprit = ' by ' + name(c) + ' "' + text(c) + '"'; break; }
          }
          out.push(name(el) + ' content ' + el.scrollWidth + 'px > box ' + el.clientWidth + 'px' + culprit);
        }
      }
      if (wide) {
        for (const g of document.querySelectorAll('.dt-content vaadin-grid')) {
          if (!visible(g) || g.closest('.dt-grid-wide') || arguments[1]) continue;
          const t = g.shadowRoot && g.shadowRoot.querySelector('#table');
          if (t && t.scrollWidth > t.clientWidth + 1) {
            out.push(name(g) + ' scrolls sideways at ' + window.innerWidth + 'px: columns '
              + t.scrollWidth + 'px in ' + t.clientWidth + 'px');
          }
        }
      }
      return out;
      """;

  /** Interactive elements that carry no data-testid, or one another element on the page has too. */
  private static final String MISSING_TEST_IDS =
      """
      const seen = new Map();
      const out = [];
      for (const el of document.querySelectorAll(arguments[0])) {
        if (el.closest('[hidden], [aria-hidden=true]') && el.localName !== 'vaadin-dialog') continue;
        const id = el.getAttribute('data-testid');
        const what = el.localName + ' "' + ((el.getAttribute('aria-label') || el.innerText || '').replace(/\\s+/g, ' ').trim().slice(0, 40)) + '"';
        if (!id) { out.push(what); continue; }
        if (seen.has(id)) out.push(what + ' repeats data-testid ' + id);
        seen.set(id, true);
      }
      return out.slice(0, 20);
      """;
}
