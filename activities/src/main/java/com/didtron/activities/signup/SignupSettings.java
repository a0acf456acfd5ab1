package com.didtron.activities.signup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public sign-up ({@code didtron.signup.*}).
 *
 * @param publicUrl where customers reach the portal; the verification link starts with it
 * @param tokenTtl how long a verification link works
 * @param perIpPerHour sign-ups accepted from one client address per hour
 * @param autoApproval true: the {@code signup-approval.dmn} table decides after verification;
 *     false: every verified sign-up waits for staff
 */
@ConfigurationProperties("didtron.signup")
public record SignupSettings(
    String publicUrl, Duration tokenTtl, Integer perIpPerHour, Boolean autoApproval) {
  public SignupSettings {
    publicUrl =
        publicUrl == null || publicUrl.isBlank()
            ? "http://localhost:8080"
            : publicUrl.strip().replaceAll("/+$", "");
    tokenTtl = tokenTtl == null ? Duration.ofHours(24) : tokenTtl;
    perIpPerHour = perIpPerHour == null ? 5 : perIpPerHour;
    autoApproval = autoApproval == null || autoApproval;
  }
}
