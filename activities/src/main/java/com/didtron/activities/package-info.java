/**
 * Feature services, Temporal activity implementations and persistence. One package per business
 * feature; each owns its package-private {@code Jooq*Repository} that maps generated jOOQ records
 * to domain types at the boundary (generated records never leave this module). Every write goes
 * through a service that checks {@link com.didtron.domain.access.AccessPolicy} and records an audit
 * entry in the same transaction. Other features enter a package only through its types marked
 * {@link Facade}, and only its own classes touch its tables (see docs/architecture.md, "Feature
 * boundaries and table ownership").
 */
package com.didtron.activities;
