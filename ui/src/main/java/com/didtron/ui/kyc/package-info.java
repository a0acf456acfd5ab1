/** The customer's Verification page (KYC, issue 12 point 2). */
package com.didtron.ui.kyc;
