package com.didtron.sip.ua;

import java.text.ParseException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

/** Builds the out-of-dialog requests the tester sends: INVITE (with an SDP offer) and OPTIONS. */
final class Requests {
  private static final String USER_AGENT = "DIDTron-SIP-tester";
  private final StackRuntime sip;

  Requests(StackRuntime sip) {
    this.sip = sip;
  }

  Request invite(CallRequest call, String sdpOffer)
      throws ParseException, InvalidArgumentException {
    Request r = request(Request.INVITE, call.to(), call.from());
    r.addHeader(sip.headers.createContactHeader(contact()));
    if (sdpOffer != null) {
      r.setContent(sdpOffer, sip.headers.createContentTypeHeader("application", "sdp"));
    }
    return r;
  }

  Request options(SipUri target, SipUri from) throws ParseException, InvalidArgumentException {
    Request r = request(Request.OPTIONS, target, from);
    r.addHeader(sip.headers.createContactHeader(contact()));
    r.addHeader(sip.headers.createAcceptHeader("application", "sdp"));
    return r;
  }

  private Request request(String method, SipUri to, SipUri from)
      throws ParseException, InvalidArgumentException {
    SipURI requestUri = uri(to);
    SipUri caller = from != null ? from : new SipUri("didtron", sip.host(), sip.localPort);
    Address fromAddress = sip.addresses.createAddress(uri(caller));
    Address toAddress = sip.addresses.createAddress(uri(to));
    CallIdHeader callId = sip.provider.getNewCallId();
    ViaHeader via = sip.headers.createViaHeader(sip.host(), sip.localPort, "udp", null);
    Request r =
        sip.messages.createRequest(
            requestUri,
            method,
            callId,
            sip.headers.createCSeqHeader(1L, method),
            sip.headers.createFromHeader(
                fromAddress, Long.toHexString(ThreadLocalRandom.current().nextLong())),
            sip.headers.createToHeader(toAddress, null),
            List.of(via),
            sip.headers.createMaxForwardsHeader(70));
    r.addHeader(sip.headers.createUserAgentHeader(List.of(USER_AGENT)));
    return r;
  }

  private SipURI uri(SipUri u) throws ParseException {
    SipURI uri = sip.addresses.createSipURI(u.user(), u.host());
    uri.setPort(u.port());
    return uri;
  }

  private Address contact() throws ParseException {
    SipURI uri = sip.addresses.createSipURI("didtron", sip.host());
    uri.setPort(sip.localPort);
    return sip.addresses.createAddress(uri);
  }
}
