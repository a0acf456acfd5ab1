import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/**
 * Build step: migrates a throw-away embedded PostgreSQL with the project's Flyway scripts and
 * generates jOOQ classes from the live schema. Runs with the Java source launcher from Maven
 * (exec-maven-plugin), so it needs no module of its own. Skips the work when the migrations are
 * unchanged since the last run (a hash stamp beside the output; this program's own source is part
 * of the hash, so a changed generator configuration regenerates too).
 *
 * <p>Arguments: migrations directory, output directory, target package, this program's source.
 */
public class JooqCodegen {
  public static void main(String[] args) throws Exception {
    Path migrations = Path.of(args[0]);
    Path output = Path.of(args[1]);
    String targetPackage = args[2];
    Path self = Path.of(args[3]);
    Path stamp = output.resolveSibling(output.getFileName() + ".sha256");
    String hash = hashOf(migrations, self);
    if (Files.isDirectory(output) && Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
      System.out.println("jOOQ classes are up to date with the migrations");
      return;
    }
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      Flyway.configure()
          .dataSource(url, "postgres", "postgres")
          .locations("filesystem:" + migrations.toAbsolutePath())
          .load()
          .migrate();
      GenerationTool.generate(
          new Configuration()
              .withLogging(Logging.WARN)
              .withJdbc(
                  new Jdbc()
                      .withDriver("org.postgresql.Driver")
                      .withUrl(url)
                      .withUser("postgres")
                      .withPassword("postgres"))
              .withGenerator(
                  new Generator()
                      .withDatabase(
                          new Database()
                              .withName("org.jooq.meta.postgres.PostgresDatabase")
                              .withInputSchema("public")
                              .withExcludes("flyway_schema_history")
                              .withForcedTypes(forcedTypes()))
                      .withGenerate(
                          new Generate()
                              .withJavaTimeTypes(true)
                              .withRecords(true)
                              .withPojos(false)
                              .withDaos(false)
                              .withFluentSetters(true))
                      .withTarget(
                          new Target()
                              .withPackageName(targetPackage)
                              .withDirectory(output.toAbsolutePath().toString())
                              .withClean(true))));
    }
    Files.writeString(stamp, hash);
  }

  /** Column types the generated records carry instead of jOOQ's defaults. */
  private static List<ForcedType> forcedTypes() {
    return List.of(
        // timestamptz columns are instants; nothing in the schema keeps a meaningful offset.
        new ForcedType()
            .withName("INSTANT")
            .withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone)"),
        // status columns stay text with a CHECK; generated records carry the domain enum
        status("invoice", "com.didtron.domain.invoicing.InvoiceStatus"),
        status("credit_note", "com.didtron.domain.invoicing.CreditNoteStatus"),
        status("payment", "com.didtron.domain.payment.PaymentStatus"),
        status("netting_request", "com.didtron.domain.netting.NettingStatus"),
        status("dispute", "com.didtron.domain.netting.DisputeStatus"),
        status("account", "com.didtron.domain.account.AccountStatus"),
        status("trunk", "com.didtron.domain.trunk.TrunkStatus"),
        status("switch_sync_state", "com.didtron.domain.switchsync.SyncStatus"),
        status("email_outbox", "com.didtron.domain.notification.OutboxMessage.Status"),
        status("rate_card_version", "com.didtron.domain.ratedeck.RateCardVersionStatus"),
        status("sip_options_probe", "com.didtron.sip.ua.OptionsResult.Status"),
        status("workflow_run", "com.didtron.domain.workflow.WorkflowRunStatus"),
        status("cdr", "com.didtron.rating.engine.RatingStatus"),
        status("sip_campaign", "com.didtron.domain.siptest.SipRunStatus"),
        status("sip_campaign_run", "com.didtron.domain.siptest.SipRunStatus"),
        status("sip_alert", "com.didtron.domain.siptest.SipAlertStatus"),
        status("sip_alert_delivery", "com.didtron.domain.siptest.DeliveryStatus"),
        new ForcedType()
            .withUserType("com.didtron.domain.storage.FileKind")
            .withEnumConverter(true)
            .withIncludeExpression(".*\\.stored_file\\.kind"),
        status("did_inventory", "com.didtron.domain.did.DidState"));
  }

  private static ForcedType status(String table, String enumType) {
    return new ForcedType()
        .withUserType(enumType)
        .withEnumConverter(true)
        .withIncludeExpression(".*\\." + table + "\\.status");
  }

  private static String hashOf(Path migrations, Path self) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    List<Path> files;
    try (Stream<Path> stream = Files.list(migrations)) {
      files = Stream.concat(stream.filter(Files::isRegularFile).sorted(), Stream.of(self)).toList();
    }
    for (Path file : files) {
      digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(readAll(file));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
