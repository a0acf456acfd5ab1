package com.didtron.domain.trunk;

/**
 * Which way calls flow over a trunk: a customer sends us calls on an ingress trunk, we send calls
 * to a carrier on an egress trunk.
 */
public enum TrunkDirection {
  INGRESS,
  EGRESS
}
