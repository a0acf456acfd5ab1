package com.didtron.activities.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.tenant.TenantId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SoleBrandTest {
  private static Tenant tenant(String code) {
    return new Tenant(new TenantId(UUID.randomUUID()), code, code, CurrencyCode.of("USD"));
  }

  @Test
  void aSignUpLinkWithoutABrandOpensTheOnlyBrandOfASingleBrandPlatform() {
    Tenant only = tenant("default");

    assertThat(SignupService.soleBrand(List.of(only))).hasValue(only.id());
  }

  @Test
  void withSeveralBrandsOrNoneALinkWithoutABrandOpensNothing() {
    assertThat(SignupService.soleBrand(List.of(tenant("a"), tenant("b")))).isEmpty();
    assertThat(SignupService.soleBrand(List.of())).isEmpty();
  }
}
