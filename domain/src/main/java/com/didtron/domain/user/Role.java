package com.didtron.domain.user;

/**
 * What a user may do. Staff roles work across the accounts of their tenant; portal roles (customer,
 * carrier) see only their own account.
 */
public enum Role {
  /** Runs the platform: every page and every tenant. */
  SUPER_ADMIN,
  /**
   * Manages the accounts and users of one tenant (brand): cannot switch tenants, cannot create
   * super admins, and reaches nothing platform-wide.
   */
  TENANT_ADMIN,
  /** Approves netting and credit notes, reads the ledger. */
  FINANCE,
  /** Edits routing, pricing and alert rules. */
  ANALYST,
  /** Reads the audit log and workflow histories; changes nothing. */
  AUDITOR,
  /** A wholesale customer in its own portal. */
  CUSTOMER,
  /** A carrier in its own portal. */
  CARRIER;

  public boolean isPortalRole() {
    return this == CUSTOMER || this == CARRIER;
  }
}
