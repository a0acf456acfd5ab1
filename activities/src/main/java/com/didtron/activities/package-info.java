/**
 * Feature services, Temporal activity implementations and persistence. One package per business
 * feature; each owns its package-private {@code Jooq*Repository} that maps generated jOOQ records
 * to domain types at the boundary (generated records never leave this module). Every write goes
 * through a service that checks {@link com.didtron.domain.access.AccessPolicy} and records an
 * audit entry in the same transaction.
 */
package com.didtron.activities;
