package com.didtron.ui.api.storage;

import com.didtron.activities.storage.StoredFiles;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored files over the API. An upload is the raw file as the request body (its Content-Type header
 * only has to be one of the accepted ones; the stored type is detected from the bytes).
 */
@RestController
@Tag(name = "Files", description = "Documents kept for accounts: KYC documents, decks, PDFs")
public class FilesApi {
  private final StoredFiles files;

  public FilesApi(StoredFiles files) {
    this.files = files;
  }

  /** A stored file as the API shows it. */
  public record FileJson(
      UUID id,
      UUID accountId,
      String kind,
      String name,
      String contentType,
      long size,
      String sha256,
      String createdAt,
      String createdBy) {
    static FileJson of(StoredFile f) {
      return new FileJson(
          f.id(),
          f.account() == null ? null : f.account().value(),
          f.kind().name(),
          f.name(),
          f.contentType().mime(),
          f.size(),
          f.sha256(),
          f.createdAt().toString(),
          f.createdBy());
    }
  }

  @PostMapping(
      value = "/api/accounts/{id}/files",
      consumes = {
        MediaType.APPLICATION_OCTET_STREAM_VALUE,
        MediaType.APPLICATION_PDF_VALUE,
        MediaType.IMAGE_PNG_VALUE,
        MediaType.IMAGE_JPEG_VALUE,
        "text/csv",
        MediaType.TEXT_PLAIN_VALUE,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      })
  @Operation(
      summary =
          "Upload a file of an account (raw body; ?kind=KYC_DOCUMENT|RATE_DECK|OTHER&name=); 201")
  public ResponseEntity<FileJson> upload(
      @PathVariable UUID id,
      @RequestParam FileKind kind,
      @RequestParam(required = false) String name,
      InputStream body) {
    StoredFile file = files.upload(ApiActor.current(), new AccountId(id), kind, name, body);
    return ResponseEntity.created(URI.create("/api/files/" + file.id())).body(FileJson.of(file));
  }

  @GetMapping("/api/accounts/{id}/files")
  @Operation(summary = "An account's files, newest first (of one kind if given)")
  public List<FileJson> list(@PathVariable UUID id, @RequestParam(required = false) FileKind kind) {
    return files.list(ApiActor.current(), new AccountId(id), kind).stream()
        .map(FileJson::of)
        .toList();
  }

  @GetMapping("/api/files/{id}")
  @Operation(summary = "Download a file (as an attachment, with its detected content type)")
  public ResponseEntity<InputStreamResource> download(@PathVariable UUID id) {
    StoredFiles.Download d = files.open(ApiActor.current(), id);
    StoredFile f = d.file();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType().mime()))
        .contentLength(f.size())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(f.name(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(new InputStreamResource(d.bytes()));
  }

  @GetMapping("/api/files/{id}/info")
  @Operation(summary = "A file's metadata")
  public FileJson info(@PathVariable UUID id) {
    return FileJson.of(files.get(ApiActor.current(), id));
  }

  @DeleteMapping("/api/files/{id}")
  @Operation(summary = "Delete a file (soft: purged after its kind's retention period)")
  public ResponseEntity<Void> delete(@PathVariable UUID id) {
    files.delete(ApiActor.current(), id);
    return ResponseEntity.noContent().build();
  }
}
