package com.didtron.activities.storage;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.storage.FileKind;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One retention purge per file kind, each with its own {@code retention_policy} entry. */
@Configuration(proxyBeanMethods = false)
class StoredFilePurges {
  @Bean
  StoredFilePurge kycDocumentPurge(DSLContext db, FileStore store, AuditTrail audit) {
    return new StoredFilePurge(FileKind.KYC_DOCUMENT, db, store, audit);
  }

  @Bean
  StoredFilePurge rateDeckFilePurge(DSLContext db, FileStore store, AuditTrail audit) {
    return new StoredFilePurge(FileKind.RATE_DECK, db, store, audit);
  }

  @Bean
  StoredFilePurge invoicePdfPurge(DSLContext db, FileStore store, AuditTrail audit) {
    return new StoredFilePurge(FileKind.INVOICE_PDF, db, store, audit);
  }

  @Bean
  StoredFilePurge creditNotePdfPurge(DSLContext db, FileStore store, AuditTrail audit) {
    return new StoredFilePurge(FileKind.CREDIT_NOTE_PDF, db, store, audit);
  }

  @Bean
  StoredFilePurge statementPdfPurge(DSLContext db, FileStore store, AuditTrail audit) {
    return new StoredFilePurge(FileKind.STATEMENT_PDF, db, store, audit);
  }

  @Bean
  StoredFilePurge otherFilePurge(DSLContext db, FileStore store, AuditTrail audit) {
    return new StoredFilePurge(FileKind.OTHER, db, store, audit);
  }
}
