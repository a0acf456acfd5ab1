package com.didtron.app.kamailio;

/** Where the local switch listens: SIP over UDP and its JSON-RPC over HTTP (loopback only). */
public record SwitchEndpoints(String sipAddress, int sipPort, int rpcPort) {
  /** {@code 127.0.0.1:5060}, as printed by {@code didtron switch start}. */
  public String sip() {
    return sipAddress + ":" + sipPort;
  }

  /** The JSON-RPC endpoint, e.g. {@code http://127.0.0.1:5080/RPC}. */
  public String rpcUrl() {
    return "http://127.0.0.1:" + rpcPort + "/RPC";
  }
}
