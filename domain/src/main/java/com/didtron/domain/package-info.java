/**
 * DIDTron's business model: value types, policies and rules, free of frameworks (an architecture
 * test keeps Spring, jOOQ, Vaadin and Temporal out). Packages follow the business features used in
 * every other module: {@code account}, {@code tenant}, {@code user}, {@code access}, {@code audit},
 * {@code retention}, {@code money}.
 */
package com.didtron.domain;
