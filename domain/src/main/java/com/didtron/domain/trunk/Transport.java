package com.didtron.domain.trunk;

/** The SIP transport of a trunk. */
public enum Transport {
  UDP,
  TCP
}
