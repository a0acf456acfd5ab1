package com.didtron.activities.storage;

import static com.didtron.activities.db.Tables.STORED_FILE;

import com.didtron.activities.Facade;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff Files page's list: every live file of the actor's tenant (the tenant switched to, for a
 * super admin), newest first, by kind and account. Customers list their own account's files with
 * {@link StoredFiles#list}; downloads go through {@link StoredFiles#open} and its access rule.
 */
@Service
@Facade
public class StoredFileCatalog {
  /** At most this many rows come back. */
  public static final int MAX = 500;

  private final DSLContext db;

  StoredFileCatalog(DSLContext db) {
    this.db = db;
  }

  /** Live files of the actor's tenant; {@code kind} and {@code account} filter when given. */
  @Transactional(readOnly = true)
  public List<StoredFile> ofTenant(Actor actor, FileKind kind, AccountId account) {
    if (!actor.isStaff()) {
      throw new AccessDenied("Only staff list the files of every account");
    }
    Condition where =
        STORED_FILE.TENANT_ID.eq(actor.tenantId().value()).and(STORED_FILE.DELETED_AT.isNull());
    if (kind != null) {
      where = where.and(STORED_FILE.KIND.eq(kind));
    }
    if (account != null) {
      where = where.and(STORED_FILE.ACCOUNT_ID.eq(account.value()));
    }
    return db.selectFrom(STORED_FILE)
        .where(where)
        .orderBy(STORED_FILE.CREATED_AT.desc(), STORED_FILE.ID)
        .limit(MAX)
        .fetch(JooqStoredFileRepository::map);
  }
}
