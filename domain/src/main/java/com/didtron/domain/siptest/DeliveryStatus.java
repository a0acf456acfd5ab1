package com.didtron.domain.siptest;

/**
 * How sending one alert notification went: QUEUED, then SENT or FAILED (a failure may be retried).
 */
public enum DeliveryStatus {
  SENT,
  FAILED,
  QUEUED
}
