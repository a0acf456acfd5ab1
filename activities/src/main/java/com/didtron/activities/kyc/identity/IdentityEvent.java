package com.didtron.activities.kyc.identity;

import java.util.UUID;

/**
 * A verified identity webhook.
 *
 * @param type e.g. {@code identity.verification_session.verified}
 * @param sessionId the VerificationSession ({@code vs_…}), null when the event is about something
 *     else
 * @param status the session's status in the event ({@code requires_input}, {@code processing},
 *     {@code verified}, {@code canceled})
 * @param reason why it needs input again ({@code last_error.reason}, else its code), or null
 * @param accountId {@code metadata.account_id} of the session, or null
 */
public record IdentityEvent(
    String eventId, String type, String sessionId, String status, String reason, UUID accountId) {}
