package com.didtron.domain.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  void onlyTheLastPathSegmentIsKeptWithAccentsRemovedAndOddCharactersReplaced() {
    assertThat(FileNames.sanitise("../../etc/passwd", "f")).isEqualTo("passwd");
    assertThat(FileNames.sanitise("C:\\Users\\me\\Pièce d'identité.pdf", "f"))
        .isEqualTo("Piece d_identite.pdf");
    assertThat(FileNames.sanitise("a\"b\r\nc;.pdf", "f")).isEqualTo("a_b__c_.pdf");
  }

  @Test
  void hiddenEmptyAndMissingNamesFallBack() {
    assertThat(FileNames.sanitise("...", "kyc_document")).isEqualTo("kyc_document");
    assertThat(FileNames.sanitise(".htaccess", "f")).isEqualTo("htaccess");
    assertThat(FileNames.sanitise("", "f")).isEqualTo("f");
    assertThat(FileNames.sanitise(null, "f")).isEqualTo("f");
    assertThat(FileNames.sanitise("dir/", "f")).isEqualTo("f");
  }

  @Test
  void aLongNameKeepsItsEndWithTheExtension() {
    String name = FileNames.sanitise("x".repeat(300) + ".pdf", "f");
    assertThat(name).hasSize(120).endsWith("x.pdf");
  }
}
