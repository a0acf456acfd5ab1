package com.didtron.activities;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a feature's published entry point: the only types of a feature package that other feature
 * packages may use (types nested in a façade count as part of it). Everything else in the package
 * is the feature's own business. Enforced by {@code FeatureBoundariesTest}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Facade {}
