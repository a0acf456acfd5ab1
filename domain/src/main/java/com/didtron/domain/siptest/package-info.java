/**
 * SIP tester rules without frameworks: who may run tests, and what a campaign or carrier target
 * must satisfy.
 */
package com.didtron.domain.siptest;
