package com.didtron.domain.storage;

/** The content types the platform stores, as detected from a file's first bytes. */
public enum ContentType {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  CSV("text/csv", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mime;
  private final String extension;

  ContentType(String mime, String extension) {
    this.mime = mime;
    this.extension = extension;
  }

  public String mime() {
    return mime;
  }

  public String extension() {
    return extension;
  }

  /** The type whose MIME name is {@code mime}. */
  public static ContentType ofMime(String mime) {
    for (ContentType t : values()) {
      if (t.mime.equals(mime)) {
        return t;
      }
    }
    throw new IllegalArgumentException("Unknown content type " + mime);
  }
}
