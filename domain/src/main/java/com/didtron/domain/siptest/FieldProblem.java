package com.didtron.domain.siptest;

/** A problem with one field of a SIP tester form. */
public record FieldProblem(String field, String message) {}
