package com.didtron.domain.segment;

/** A group inside a customer category (e.g. {@code cc-inbound} of Call Center). */
public record CustomerGroup(GroupId id, CategoryId categoryId, String code, String name) {}
