package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/accounts/{id}/files} and {@code /api/files/{id}} as an operator's script and a
 * customer call them: raw-body upload, download as an attachment, list, soft delete, 404 for
 * another account's customer.
 */
class FilesApiIT extends PlatformIT {
  private static final byte[] PDF =
      "%PDF-1.7\n% proof of address\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures make;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<byte[]> send(
      String method, String path, String key, String type, byte[] body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Authorization", "Bearer " + key);
    if (type != null) {
      b.header("Content-Type", type);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void aCustomerUploadsAKycDocumentThatStaffDownloadAndAnotherCustomerCannotSee() throws Exception {
    Account mine = make.account(admin(), Fixtures.unique("ApiFiles"));
    Account other = make.account(admin(), Fixtures.unique("ApiFilesOther"));
    String customer =
        keys.create(actorOf(make.portalUser(admin(), mine, Role.CUSTOMER)), "c").secret();
    String stranger =
        keys.create(actorOf(make.portalUser(admin(), other, Role.CUSTOMER)), "s").secret();
    String staff = keys.create(admin(), "files").secret();

    HttpResponse<byte[]> up =
        send(
            "POST",
            "/api/accounts/" + mine.id() + "/files?kind=KYC_DOCUMENT&name=bill%20march.pdf",
            customer,
            "application/octet-stream",
            PDF);
    assertThat(up.statusCode()).as(text(up)).isEqualTo(201);
    String id = text(up).replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    assertThat(text(up))
        .contains("\"contentType\":\"application/pdf\"")
        .contains("\"size\":" + PDF.length);
    assertThat(up.headers().firstValue("Location")).hasValue("/api/files/" + id);

    HttpResponse<byte[]> down = send("GET", "/api/files/" + id, staff, null, null);
    assertThat(down.statusCode()).isEqualTo(200);
    assertThat(down.body()).isEqualTo(PDF);
    assertThat(down.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(down.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("bill march.pdf");
    assertThat(down.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    assertThat(send("GET", "/api/files/" + id, stranger, null, null).statusCode()).isEqualTo(404);
    assertThat(send("DELETE", "/api/files/" + id, stranger, null, null).statusCode())
        .isEqualTo(404);
    assertThat(
            send("GET", "/api/accounts/" + mine.id() + "/files", stranger, null, null).statusCode())
        .isEqualTo(404);
    assertThat(text(send("GET", "/api/accounts/" + mine.id() + "/files", customer, null, null)))
        .contains(id);

    assertThat(send("DELETE", "/api/files/" + id, customer, null, null).statusCode())
        .isEqualTo(204);
    assertThat(send("GET", "/api/files/" + id, customer, null, null).statusCode()).isEqualTo(404);
    assertThat(text(send("GET", "/api/accounts/" + mine.id() + "/files", staff, null, null)))
        .isEqualTo("[]");
  }

  @Test
  void aWrongTypeIsRefusedWithTheReasonAndAnOversizeDocumentWith413() throws Exception {
    Account mine = make.account(admin(), Fixtures.unique("ApiFilesBad"));
    String staff = keys.create(admin(), "files-bad").secret();
    String path = "/api/accounts/" + mine.id() + "/files?kind=KYC_DOCUMENT";

    HttpResponse<byte[]> csv =
        send("POST", path, staff, "application/pdf", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(csv.statusCode()).isEqualTo(400);
    assertThat(text(csv)).contains("The file is CSV; a kyc document must be one of PDF, PNG, JPEG");

    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    HttpResponse<byte[]> tooBig = send("POST", path, staff, "application/pdf", big);
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(text(tooBig)).contains("The KYC document is larger than the limit of 10 MB");
    assertThat(text(send("GET", "/api/accounts/" + mine.id() + "/files", staff, null, null)))
        .isEqualTo("[]");
  }
}
