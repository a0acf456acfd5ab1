/**
 * Know-your-customer (issue 12 point 2): what each account has proven about itself, and whether
 * that meets the requirements of a number ({@link KycGate}).
 */
package com.didtron.activities.kyc;
