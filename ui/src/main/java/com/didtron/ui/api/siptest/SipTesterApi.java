package com.didtron.ui.api.siptest;

import com.didtron.activities.siptest.CustomerSipCheck;
import com.didtron.domain.product.Product;
import com.didtron.sip.ua.OptionsResult;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.base.ForProduct;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer SIP tester over the API: an OPTIONS ping of a SIP address. Accounts whose category
 * may not see the SIP tester get 403; a malformed address is 400.
 */
@RestController
@RequestMapping("/api/sip-tester")
@ForProduct(Product.SIP_TESTER)
@Tag(name = "SIP tester", description = "OPTIONS ping of a SIP address")
public class SipTesterApi {
  private final CustomerSipCheck check;

  public SipTesterApi(CustomerSipCheck check) {
    this.check = check;
  }

  /** The address to ping, e.g. {@code sip:pbx.example.com:5060}. */
  public record PingRequest(String target) {}

  /** The answer: OK, FAILED or TIMEOUT, the SIP code (0 without one), round trip and error. */
  public record PingJson(String result, int sipCode, Long rttMs, String reason, String error) {
    static PingJson of(OptionsResult r) {
      return new PingJson(r.status().name(), r.sipCode(), r.rttMs(), r.reason(), r.error());
    }
  }

  @PostMapping("/options")
  @Operation(summary = "OPTIONS ping of a SIP address")
  public PingJson options(@RequestBody PingRequest body) {
    return PingJson.of(check.ping(ApiActor.current(), body == null ? null : body.target()));
  }
}
