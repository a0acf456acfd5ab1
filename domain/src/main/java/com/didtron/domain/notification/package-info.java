/** Emails as values: what features enqueue in the outbox and how delivery went. */
package com.didtron.domain.notification;
