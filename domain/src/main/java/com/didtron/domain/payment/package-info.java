/** Payments (top-ups, refunds) and the validation of what people enter for them. */
package com.didtron.domain.payment;
