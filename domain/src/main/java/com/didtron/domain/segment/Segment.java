package com.didtron.domain.segment;

import com.didtron.domain.account.AccountId;

/** Where an account sits: its category and, optionally, a group of that category. */
public record Segment(AccountId accountId, CategoryId categoryId, GroupId groupId) {}
