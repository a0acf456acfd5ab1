package com.didtron.domain.trunk;

import com.didtron.domain.account.AccountId;
import java.time.Instant;

/**
 * New calls of the account are refused (calls in progress go on) until the block is lifted; the
 * account itself stays ACTIVE. Set by the fraud detector or by staff, with the reason its users
 * see.
 */
public record CallBlock(AccountId account, String reason, String blockedBy, Instant blockedAt) {}
