package dev.quarry.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback between a replica and its primary that can cut or stall the connections once a number of
 * bytes has passed in one direction since it was armed: mid-pull (server to client) or mid-push (client to server).
 *
 * <p>How it works: one accept thread; per connection two pump threads copying bytes, each counting what it copied
 * into its direction's counter; a pump that finds its direction armed and past the limit either closes both
 * sockets (cut) or stops copying until {@link #heal()} (stall). Thread-safe.
 */
final class FaultProxy implements AutoCloseable {
    enum Direction { TO_CLIENT, TO_SERVER }

    enum Fault { CUT, STALL }

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicLong toClient = new AtomicLong();
    private final AtomicLong toServer = new AtomicLong();
    private volatile Direction armedDirection;
    private volatile Fault armedFault;
    private volatile long limit;
    private volatile boolean triggered;

    FaultProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "fault-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** After {@code bytes} more bytes in {@code direction}, applies {@code fault}. */
    void arm(Direction direction, Fault fault, long bytes) {
        toClient.set(0);
        toServer.set(0);
        triggered = false;
        limit = bytes;
        armedFault = fault;
        armedDirection = direction;
    }

    /** Whether the armed fault happened. */
    boolean triggered() {
        return triggered;
    }

    /** Disarms, lets stalled connections go on and cuts them (a stalled connection's peer has timed out). */
    void heal() {
        armedDirection = null;
        for (Socket s : sockets) {
            closeQuietly(s);
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(server);
                pump(client, server, Direction.TO_SERVER, toServer);
                pump(server, client, Direction.TO_CLIENT, toClient);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, Direction direction, AtomicLong counter) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    if (armedDirection == direction && counter.addAndGet(n) > limit) {
                        triggered = true;
                        if (armedFault == Fault.CUT) {
                            break;
                        }
                        while (armedDirection == direction && !from.isClosed()) {
                            Thread.sleep(20);
                        }
                    }
                    out.write(buf, 0, n);
                }
            } catch (IOException | InterruptedException e) {
                // the other side closed, or heal() cut it: end this connection
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "fault-proxy-" + direction);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing is all we want
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        heal();
    }
}
