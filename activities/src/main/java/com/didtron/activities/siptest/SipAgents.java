package com.didtron.activities.siptest;

import com.didtron.activities.outbound.OutboundGuard;
import com.didtron.sip.ua.SipUserAgent;
import com.didtron.sip.ua.TimeSource;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The platform's SIP user agents: one per local address (the one that routes to the carrier),
 * started on first use and shared by every campaign and probe. Closed with the application.
 */
@Component
public class SipAgents {
  private final Map<InetAddress, SipUserAgent> agents = new ConcurrentHashMap<>();
  private final TimeSource time;
  private final OutboundGuard outbound;

  SipAgents(Clock clock, OutboundGuard outbound) {
    this.time = TimeSource.of(clock);
    this.outbound = outbound;
  }

  /**
   * The agent that sends from the local address routing to {@code host}. Every test call and probe
   * comes through here, so the outbound guard is checked once more right before sending (a target
   * saved earlier may resolve elsewhere now); a refused host fails the call with the reason.
   */
  public SipUserAgent towards(String host) {
    outbound
        .hostRefusal(host)
        .ifPresent(
            reason -> {
              throw new IllegalStateException(reason);
            });
    InetAddress local = SipUserAgent.Config.towards(host).bindAddress();
    return agents.computeIfAbsent(
        local, a -> SipUserAgent.start(new SipUserAgent.Config(a, 0), time));
  }

  @PreDestroy
  void close() {
    agents.values().forEach(SipUserAgent::close);
    agents.clear();
  }
}
