/**
 * Every file the platform keeps (KYC documents, rate decks, invoice and credit note PDFs…) goes
 * through one port, {@link com.didtron.activities.storage.FileStore}: a directory under the data
 * directory by default, or an S3-compatible bucket (AWS, Cloudflare R2, MinIO) when {@code
 * didtron.storage.s3.*} is set. Entered through {@link com.didtron.activities.storage.StoredFiles};
 * owns the {@code stored_file} table. See docs/storage.md.
 */
package com.didtron.activities.storage;
