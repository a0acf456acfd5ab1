package com.didtron.activities.siptest;

import static com.didtron.activities.db.Tables.SIP_CAMPAIGN;
import static com.didtron.activities.db.Tables.SIP_CAMPAIGN_RUN;
import static com.didtron.activities.db.Tables.SIP_TEST_CALL;

import com.didtron.activities.db.tables.records.SipCampaignRecord;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.siptest.CampaignDraft;
import com.didtron.domain.siptest.SipRunStatus;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.siptest.SipCampaignWorkflow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class JooqCampaigns {
  private static final Field<Integer> PLACED =
      DSL.field(
              DSL.selectCount()
                  .from(SIP_TEST_CALL)
                  .where(SIP_TEST_CALL.RUN_ID.eq(SIP_CAMPAIGN_RUN.ID)))
          .as("placed");
  private static final Field<Integer> ANSWERED =
      DSL.field(
              DSL.selectCount()
                  .from(SIP_TEST_CALL)
                  .where(
                      SIP_TEST_CALL
                          .RUN_ID
                          .eq(SIP_CAMPAIGN_RUN.ID)
                          .and(SIP_TEST_CALL.RESULT.eq("ANSWERED"))))
          .as("answered");

  private final DSLContext db;

  JooqCampaigns(DSLContext db) {
    this.db = db;
  }

  Campaign insert(TenantId tenant, CampaignDraft d, String createdBy, Instant now) {
    UUID id = UUID.randomUUID();
    SipCampaignRecord r = db.newRecord(SIP_CAMPAIGN);
    r.setId(id);
    r.setTenantId(tenant.value());
    r.setName(d.name().strip());
    r.setDestinations(d.destinations().toArray(String[]::new));
    r.setCarrierIds(d.carrierIds().toArray(UUID[]::new));
    r.setCallsPerPair(d.callsPerPair());
    r.setConcurrency(d.concurrency());
    r.setCps(d.cps());
    r.setHoldSeconds(d.holdSeconds());
    r.setRingTimeoutSeconds(d.ringTimeoutSeconds());
    r.setCron(d.cron());
    r.setStatus(SipRunStatus.RUNNING);
    r.setWorkflowId(SipCampaignWorkflow.workflowId(id));
    r.setCreatedBy(createdBy);
    r.setVersion(0);
    r.setCreatedAt(now);
    r.setUpdatedAt(now);
    r.store();
    return toCampaign(r);
  }

  Optional<Campaign> get(UUID id) {
    return db.selectFrom(SIP_CAMPAIGN)
        .where(SIP_CAMPAIGN.ID.eq(id))
        .fetchOptional(JooqCampaigns::toCampaign);
  }

  Optional<TenantId> tenantOf(UUID id) {
    return db.select(SIP_CAMPAIGN.TENANT_ID)
        .from(SIP_CAMPAIGN)
        .where(SIP_CAMPAIGN.ID.eq(id))
        .fetchOptional(r -> new TenantId(r.value1()));
  }

  Page<Campaign> ofTenant(TenantId tenant, PageRequest page) {
    var where = SIP_CAMPAIGN.TENANT_ID.eq(tenant.value());
    return new Page<>(
        db.selectFrom(SIP_CAMPAIGN)
            .where(where)
            .orderBy(SIP_CAMPAIGN.CREATED_AT.desc())
            .offset(page.offset())
            .limit(page.limit())
            .fetch(JooqCampaigns::toCampaign),
        db.fetchCount(SIP_CAMPAIGN, where));
  }

  Optional<TenantId> tenantOfRun(UUID runId) {
    return db.select(SIP_CAMPAIGN_RUN.TENANT_ID)
        .from(SIP_CAMPAIGN_RUN)
        .where(SIP_CAMPAIGN_RUN.ID.eq(runId))
        .fetchOptional(r -> new TenantId(r.value1()));
  }

  void setStatus(UUID id, SipRunStatus status, Instant now) {
    db.update(SIP_CAMPAIGN)
        .set(SIP_CAMPAIGN.STATUS, status)
        .set(SIP_CAMPAIGN.VERSION, SIP_CAMPAIGN.VERSION.plus(1))
        .set(SIP_CAMPAIGN.UPDATED_AT, now)
        .where(SIP_CAMPAIGN.ID.eq(id))
        .execute();
  }

  /** The run of a Temporal run, created on first call (idempotent). */
  CampaignRun startRun(
      Campaign c, TenantId tenant, String workflowId, String workflowRunId, Instant now) {
    db.insertInto(SIP_CAMPAIGN_RUN)
        .set(SIP_CAMPAIGN_RUN.ID, UUID.randomUUID())
        .set(SIP_CAMPAIGN_RUN.CAMPAIGN_ID, c.id())
        .set(SIP_CAMPAIGN_RUN.TENANT_ID, tenant.value())
        .set(SIP_CAMPAIGN_RUN.WORKFLOW_ID, workflowId)
        .set(SIP_CAMPAIGN_RUN.WORKFLOW_RUN_ID, workflowRunId)
        .set(SIP_CAMPAIGN_RUN.PLANNED, c.callsPerRun())
        .set(SIP_CAMPAIGN_RUN.STATUS, SipRunStatus.RUNNING)
        .set(SIP_CAMPAIGN_RUN.STARTED_AT, now)
        .onConflict(SIP_CAMPAIGN_RUN.WORKFLOW_ID, SIP_CAMPAIGN_RUN.WORKFLOW_RUN_ID)
        .doNothing()
        .execute();
    return runs(SIP_CAMPAIGN_RUN
            .WORKFLOW_ID
            .eq(workflowId)
            .and(SIP_CAMPAIGN_RUN.WORKFLOW_RUN_ID.eq(workflowRunId)))
        .getFirst();
  }

  void finishRun(UUID runId, SipRunStatus status, Instant now) {
    db.update(SIP_CAMPAIGN_RUN)
        .set(SIP_CAMPAIGN_RUN.STATUS, status)
        .set(SIP_CAMPAIGN_RUN.FINISHED_AT, now)
        .where(SIP_CAMPAIGN_RUN.ID.eq(runId).and(SIP_CAMPAIGN_RUN.FINISHED_AT.isNull()))
        .execute();
  }

  Optional<CampaignRun> run(UUID runId) {
    return runs(SIP_CAMPAIGN_RUN.ID.eq(runId)).stream().findFirst();
  }

  /** A campaign's runs, newest first. */
  List<CampaignRun> runsOf(UUID campaignId) {
    return runs(SIP_CAMPAIGN_RUN.CAMPAIGN_ID.eq(campaignId));
  }

  private List<CampaignRun> runs(Condition where) {
    return db.select(SIP_CAMPAIGN_RUN.fields())
        .select(PLACED, ANSWERED)
        .from(SIP_CAMPAIGN_RUN)
        .where(where)
        .orderBy(SIP_CAMPAIGN_RUN.STARTED_AT.desc())
        .fetch(JooqCampaigns::toRun);
  }

  private static CampaignRun toRun(Record r) {
    return new CampaignRun(
        r.get(SIP_CAMPAIGN_RUN.ID),
        r.get(SIP_CAMPAIGN_RUN.CAMPAIGN_ID),
        r.get(SIP_CAMPAIGN_RUN.WORKFLOW_RUN_ID),
        r.get(SIP_CAMPAIGN_RUN.PLANNED),
        r.get(SIP_CAMPAIGN_RUN.STATUS),
        r.get(SIP_CAMPAIGN_RUN.STARTED_AT),
        r.get(SIP_CAMPAIGN_RUN.FINISHED_AT),
        r.get(PLACED),
        r.get(ANSWERED));
  }

  static Campaign toCampaign(SipCampaignRecord r) {
    return new Campaign(
        r.getId(),
        r.getName(),
        List.of(r.getDestinations()),
        List.of(r.getCarrierIds()),
        r.getCallsPerPair(),
        r.getConcurrency(),
        r.getCps(),
        r.getHoldSeconds(),
        r.getRingTimeoutSeconds(),
        r.getCron(),
        r.getStatus(),
        r.getWorkflowId(),
        r.getCreatedBy(),
        r.getCreatedAt());
  }
}
