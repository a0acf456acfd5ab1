package com.didtron.activities.ratedeck;

/** The file formats an owner downloads its rates in. */
public enum RateSheet {
  CSV("text/csv", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String contentType;
  private final String extension;

  RateSheet(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }
}
