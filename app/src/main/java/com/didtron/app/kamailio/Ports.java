package com.didtron.app.kamailio;

import com.didtron.app.platform.StartupProblem;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks, before Kamailio starts, that its ports are free: a clear message instead of its log. */
final class Ports {
  private Ports() {}

  static void requireFreeUdp(String address, int port, String what) {
    try (DatagramSocket s = new DatagramSocket(null)) {
      s.setReuseAddress(false);
      s.bind(new InetSocketAddress(InetAddress.getByName(address), port));
    } catch (IOException e) {
      throw new StartupProblem(
          what
              + " port "
              + address
              + ":"
              + port
              + "/udp is already in use"
              + " (choose another with --sip-port)");
    }
  }

  static void requireFreeTcp(String address, int port, String what) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getByName(address), port));
    } catch (IOException e) {
      throw new StartupProblem(
          what
              + " port "
              + address
              + ":"
              + port
              + "/tcp is already in use"
              + " (choose another with --rpc-port)");
    }
  }
}
