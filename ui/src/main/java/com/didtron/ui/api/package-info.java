/**
 * The REST API ({@code /api/**}, JSON, API-key authentication, OpenAPI at {@code /v3/api-docs}):
 * {@code base} holds security, errors and OpenAPI; each feature has its own package with one
 * controller calling its feature service with the caller's actor. See docs/api.md.
 */
package com.didtron.ui.api;
