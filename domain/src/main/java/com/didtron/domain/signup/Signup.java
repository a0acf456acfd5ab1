package com.didtron.domain.signup;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.segment.CategoryId;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * One public sign-up of a brand.
 *
 * @param decisionRule the approval table's rule text, or the staff member's reason
 * @param decidedBy who decided: {@code rule:signup-approval} or the staff member
 */
public record Signup(
    UUID id,
    TenantId tenantId,
    AccountId accountId,
    String email,
    String name,
    String country,
    CategoryId categoryId,
    SignupState state,
    Instant createdAt,
    Instant verifiedAt,
    Instant decidedAt,
    String decidedBy,
    String decisionRule,
    String reason) {}
