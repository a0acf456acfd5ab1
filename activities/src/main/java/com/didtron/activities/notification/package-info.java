/**
 * Email notifications: the {@link com.didtron.activities.notification.Outbox} (enqueue in the
 * business transaction, deduplicated) and its delivery through the Brevo adapter.
 */
package com.didtron.activities.notification;
