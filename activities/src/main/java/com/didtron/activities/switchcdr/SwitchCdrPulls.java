package com.didtron.activities.switchcdr;

import com.didtron.activities.Facade;
import com.didtron.activities.db.tables.records.SwitchCdrCursorRecord;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.HostedSwitchIds;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pulling the switches' CDRs into the CDR pipeline, for the workflow and for operators (super
 * admins: one switch carries every tenant's calls). A pull runs in one transaction with its cursor,
 * so a failed pull moves nothing and the next one reads the same rows again; a failure is noted on
 * the source for operators and thrown to the caller (the workflow retries). After commit the
 * charged call ids go to every {@link SwitchCdrsCharged}.
 */
@Service
@Facade
public class SwitchCdrPulls {
  private static final Logger log = LoggerFactory.getLogger(SwitchCdrPulls.class);
  private static final int SHOWN_REJECTS = 20;

  private final KamailioCdrPull kamailio;
  private final HostedCdrPull hostedPull;
  private final ObjectProvider<HostedSwitch> hosted;
  private final ObjectProvider<HostedSwitchIds> hostedIds;
  private final SwitchCdrCursors cursors;
  private final ObjectProvider<SwitchCdrsCharged> charged;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final boolean kamailioPulled;

  SwitchCdrPulls(
      KamailioCdrPull kamailio,
      HostedCdrPull hostedPull,
      ObjectProvider<HostedSwitch> hosted,
      ObjectProvider<HostedSwitchIds> hostedIds,
      SwitchCdrCursors cursors,
      ObjectProvider<SwitchCdrsCharged> charged,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${didtron.switch.kamailio.cdr-pull:true}") boolean kamailioPulled) {
    this.kamailio = kamailio;
    this.hostedPull = hostedPull;
    this.hosted = hosted;
    this.hostedIds = hostedIds;
    this.cursors = cursors;
    this.charged = charged;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.kamailioPulled = kamailioPulled;
  }

  /**
   * The CDR sources this platform pulls: the local Kamailio unless switched off, and the hosted
   * switch when it is configured and the switch sync maps its ids ({@link HostedSwitchIds}).
   */
  public List<String> sources() {
    List<String> sources = new ArrayList<>();
    if (kamailioPulled) {
      sources.add(KamailioCdrPull.SOURCE);
    }
    hostedSource().ifPresent(h -> sources.add(h.name()));
    return sources;
  }

  private Optional<HostedSwitch> hostedSource() {
    HostedSwitch h = hosted.getIfAvailable();
    return h != null && hostedIds.getIfAvailable() != null ? Optional.of(h) : Optional.empty();
  }

  /**
   * Pulls the next rows of {@code source} and stores them; see the class comment.
   *
   * @param workflowId the pulling workflow, or null for an operator's pull
   * @throws NoSuchElementException for a source this platform does not pull
   */
  public PullResult pull(Actor actor, String source, String workflowId) {
    AccessPolicy.requireSuperAdmin(actor);
    if (!sources().contains(source)) {
      throw new NoSuchElementException("This platform pulls no CDRs from " + source);
    }
    PulledStore.Pulled pulled;
    try {
      pulled =
          tx.execute(
              s -> {
                PulledStore.Pulled p =
                    source.equals(KamailioCdrPull.SOURCE)
                        ? kamailio.pull(actor, workflowId)
                        : hostedPull.pull(
                            actor, hostedSource().orElseThrow(), hostedIds.getObject(), workflowId);
                cursors.counted(source, clock.instant(), p.result(), null);
                return p;
              });
    } catch (RuntimeException e) {
      noteFailure(source, e);
      throw e;
    }
    tell(source, pulled.charged());
    return pulled.result();
  }

  /** Where each source's pull stands, with its latest rejected rows. */
  public List<SourceState> states(Actor actor) {
    AccessPolicy.requireSuperAdmin(actor);
    return tx.execute(
        s ->
            sources().stream()
                .map(
                    source ->
                        cursors.all().stream()
                            .filter(c -> c.getSource().equals(source))
                            .findFirst()
                            .map(this::state)
                            .orElseGet(() -> neverPulled(source)))
                .toList());
  }

  private SourceState state(SwitchCdrCursorRecord c) {
    return new SourceState(
        c.getSource(),
        c.getLastId(),
        c.getLastPullAt(),
        c.getRowsRead(),
        c.getStored(),
        c.getDuplicates(),
        c.getRejected(),
        cursors.awaitedCount(c.getSource()),
        c.getLastError(),
        cursors.recentRejects(c.getSource(), SHOWN_REJECTS));
  }

  private static SourceState neverPulled(String source) {
    return new SourceState(source, 0, null, 0, 0, 0, 0, 0, null, List.of());
  }

  private void noteFailure(String source, RuntimeException e) {
    // the most specific cause: the database's own words, never the statement
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    String shown = message.length() > 500 ? message.substring(0, 500) : message;
    try {
      tx.executeWithoutResult(
          s -> {
            cursors.lock(source);
            cursors.counted(source, clock.instant(), PullResult.nothing(source), shown);
          });
    } catch (RuntimeException again) {
      log.warn("CDR pull of {}: the failure could not be noted: {}", source, again.getMessage());
    }
    log.warn("CDR pull of {} failed: {}", source, shown);
  }

  private void tell(String source, List<String> callIds) {
    if (callIds.isEmpty()) {
      return;
    }
    charged
        .orderedStream()
        .forEach(
            listener -> {
              try {
                listener.charged(source, callIds);
              } catch (RuntimeException e) {
                log.warn("{} failed on charged calls: {}", listener.getClass(), e.getMessage());
              }
            });
  }
}
