package com.didtron.sip.rtp;

import com.didtron.sip.quality.MediaReport;
import com.didtron.sip.quality.RtpStreamStats;
import com.didtron.sip.ua.TimeSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The media leg of one test call: sends the {@link TestTone} as PCMU RTP every 20 ms to the far end
 * and receives the far end's RTP on the same socket for loss, jitter and (when the far end echoes
 * our stream) round-trip figures.
 */
public final class MediaSession implements AutoCloseable {
  private static final int PCMU = 0;
  private static final int SENT_RING = 1024;
  private static final long DRAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(150);

  private final DatagramSocket socket;
  private final ScheduledExecutorService scheduler;
  private final TimeSource time;
  private final long ssrc;
  private final RtpStreamStats stats = new RtpStreamStats(TestTone.SAMPLE_RATE);
  private final AtomicLongArray sentAt = new AtomicLongArray(SENT_RING);
  private final byte[] sendBuffer = new byte[RtpPacket.HEADER_BYTES + TestTone.FRAME_SAMPLES];
  private volatile long sent;
  private volatile long receivedCount;
  private volatile boolean running;
  private ScheduledFuture<?> sender;
  private Thread receiver;
  private InetSocketAddress remote;
  private int sequence;
  private boolean echoed;
  private double roundTripSumMs;
  private long roundTrips;

  private MediaSession(
      DatagramSocket socket, ScheduledExecutorService scheduler, TimeSource time, long ssrc) {
    this.socket = socket;
    this.scheduler = scheduler;
    this.time = time;
    this.ssrc = ssrc & 0xFFFFFFFFL;
    this.sequence = (int) (ssrc >>> 17) & 0x7FFF;
  }

  /**
   * Opens the RTP socket on {@code local} (any free port); nothing is sent before {@link #start}.
   */
  public static MediaSession open(
      InetAddress local, ScheduledExecutorService scheduler, TimeSource time, long ssrc) {
    try {
      return new MediaSession(
          new DatagramSocket(new InetSocketAddress(local, 0)), scheduler, time, ssrc);
    } catch (SocketException e) {
      throw new UncheckedIOException("cannot open an RTP socket on " + local.getHostAddress(), e);
    }
  }

  public int localPort() {
    return socket.getLocalPort();
  }

  /** Starts sending the tone to {@code target} and receiving whatever comes back. */
  public synchronized void start(InetSocketAddress target) {
    if (running) {
      return;
    }
    this.remote = target;
    running = true;
    receiver = Thread.ofVirtual().name("rtp-rx-" + localPort()).start(this::receive);
    sender =
        scheduler.scheduleAtFixedRate(this::sendFrame, 0, TestTone.FRAME_MS, TimeUnit.MILLISECONDS);
  }

  private void sendFrame() {
    try {
      long n = sent;
      int seq = (sequence + (int) n) & 0xFFFF;
      new RtpPacket(PCMU, seq, n * TestTone.FRAME_SAMPLES, ssrc, n == 0).writeHeader(sendBuffer);
      System.arraycopy(
          TestTone.frame(n), 0, sendBuffer, RtpPacket.HEADER_BYTES, TestTone.FRAME_SAMPLES);
      sentAt.set(seq % SENT_RING, time.nanoTime());
      socket.send(new DatagramPacket(sendBuffer, sendBuffer.length, remote));
      sent = n + 1;
    } catch (IOException e) {
      // a send error (e.g. ICMP unreachable) is a lost packet; the stream goes on
    }
  }

  private void receive() {
    byte[] buf = new byte[2048];
    DatagramPacket packet = new DatagramPacket(buf, buf.length);
    try {
      socket.setSoTimeout(50);
    } catch (SocketException e) {
      return;
    }
    while (running) {
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        continue;
      } catch (IOException e) {
        return;
      }
      long at = time.nanoTime();
      RtpPacket rtp = RtpPacket.parse(buf, packet.getLength());
      if (rtp != null) {
        count(rtp, at);
      }
    }
  }

  private void count(RtpPacket rtp, long at) {
    stats.packet(rtp.sequence(), rtp.timestamp(), at);
    if (rtp.ssrc() == ssrc) {
      echoed = true;
      long sentNanos = sentAt.get(rtp.sequence() % SENT_RING);
      if (sentNanos != 0 && at >= sentNanos) {
        roundTripSumMs += (at - sentNanos) / 1e6;
        roundTrips++;
      }
    }
    receivedCount++;
  }

  /** Stops sending, waits briefly for packets in flight, stops receiving and reports. */
  public synchronized MediaReport stop() {
    if (!running) {
      return null;
    }
    sender.cancel(false);
    long drainUntil = time.nanoTime() + DRAIN_NANOS;
    while (receivedCount < sent && time.nanoTime() < drainUntil) {
      sleepQuietly(5);
    }
    running = false;
    joinQuietly(receiver);
    Double rtt = roundTrips == 0 ? null : roundTripSumMs / roundTrips;
    return MediaReport.of(sent, stats, echoed, rtt);
  }

  @Override
  public void close() {
    if (running) {
      stop();
    }
    socket.close();
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
