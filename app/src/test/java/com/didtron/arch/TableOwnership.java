package com.didtron.arch;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which feature package of {@code activities} owns which table: only the owner's classes read or
 * write it; other features ask the owner's {@code @Facade}. The same map is written down in
 * docs/architecture.md ("Table ownership").
 */
final class TableOwnership {
  private TableOwnership() {}

  static final Map<String, String> OWNER = new TreeMap<>();

  static {
    owns("account", "account");
    owns("apikey", "api_key");
    owns("audit", "audit_log");
    owns("balance", "balance_alert_state");
    owns(
        "cdr",
        "cdr",
        "cdr_ingest",
        "cdr_reject",
        "usage_batch",
        "usage_charge",
        "usage_charge_destination");
    owns("creditnote", "credit_note");
    owns(
        "did",
        "adjustment_document",
        "did_accrual",
        "did_country",
        "did_country_requirement",
        "did_import",
        "did_inventory",
        "did_order",
        "did_order_item",
        "did_price");
    owns("fx", "fx_rate", "fx_rate_override");
    owns("kyc", "kyc_case", "kyc_document", "kyc_webhook_event");
    owns(
        "invoicing",
        "invoice",
        "invoice_line",
        "invoice_usage_entry",
        "payment_allocation",
        "payment_receipt",
        "account_block");
    owns(
        "ledger",
        "journal_entry",
        "journal_entry_hash",
        "ledger_account",
        "ledger_balance",
        "ledger_source_kind",
        "ledger_usage_batch",
        "posting");
    owns("netting", "netting_request", "dispute");
    owns("notification", "email_outbox");
    owns("payment", "payment", "payment_event", "ledger_adjustment");
    owns(
        "ratedeck",
        "rate_card",
        "rate_card_version",
        "rate_column_mapping",
        "rate_entry",
        "rate_import_error");
    owns("reconciliation", "supplier_reconciliation", "supplier_reconciliation_line");
    owns("retention", "retention_policy");
    owns("routing", "route_plan_version");
    owns("security", "login_throttle");
    owns("settlement", "document_counter");
    owns(
        "siptest",
        "carrier_sip_target",
        "sip_alert",
        "sip_alert_delivery",
        "sip_alert_settings",
        "sip_campaign",
        "sip_campaign_run",
        "sip_options_probe",
        "sip_test_call");
    owns("storage", "stored_file");
    owns("switchcdr", "switch_cdr_cursor", "switch_cdr_gap", "switch_cdr_reject");
    owns("switchsync", "switch_change", "switch_sync_state", "switch_object_ref");
    owns("tenant", "tenant");
    owns("trunk", "trunk", "account_limits", "call_block");
    owns("fraud", "fraud_event");
    owns("user", "app_user");
    owns("segment", "customer_category", "customer_group", "account_segment");
    owns("product", "product_visibility");
    owns("signup", "signup");
    owns("workflowindex", "workflow_run", "workflow_history_archive");
  }

  /**
   * Named exceptions: class → foreign tables it may touch, each with the reason. Empty, and meant
   * to stay so: a new entry must say why a façade call is impractical.
   */
  static final Map<String, Set<String>> EXCEPTIONS = Map.of();

  static boolean allowed(String className, String table) {
    return EXCEPTIONS.getOrDefault(className, Set.of()).contains(table);
  }

  private static void owns(String feature, String... tables) {
    for (String t : tables) {
      OWNER.put(t, feature);
    }
  }
}
