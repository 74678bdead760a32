package com.customerplatform.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP forwarder that a test can cut and restore, to take a real database, broker or
 * Redis away from the service and give it back without touching the shared server itself (no
 * fault-injection proxy is packaged for Debian or Maven Central that runs without Docker).
 */
public final class ToggleableTcpProxy implements AutoCloseable {

    private final int port;
    private final InetSocketAddress upstream;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private ServerSocket server;

    private ToggleableTcpProxy(int port, InetSocketAddress upstream) {
        this.port = port;
        this.upstream = upstream;
    }

    /** A proxy on a free loopback port, initially cut. */
    public static ToggleableTcpProxy to(String host, int port) {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new ToggleableTcpProxy(probe.getLocalPort(), new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A proxy to the tests' Redis ({@code SPRING_DATA_REDIS_HOST}/{@code _PORT}, else the local one). */
    public static ToggleableTcpProxy toRedis() {
        return to(
                System.getenv().getOrDefault("SPRING_DATA_REDIS_HOST", "127.0.0.1"),
                Integer.parseInt(System.getenv().getOrDefault("SPRING_DATA_REDIS_PORT", "6379")));
    }

    /** The URL of {@code database} on the Redis behind this proxy. */
    public String redisUrl(int database) {
        return "redis://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public synchronized void restore() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = listening;
        Thread.ofVirtual().start(() -> accept(listening));
    }

    /** Refuses new connections and drops the open ones, like a server that went away. */
    public synchronized void cut() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket target = new Socket(upstream.getAddress(), upstream.getPort());
                sockets.add(client);
                sockets.add(target);
                Thread.ofVirtual().start(() -> pump(client, target));
                Thread.ofVirtual().start(() -> pump(target, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException dropped) {
            // one side went away; closing both below ends the other direction too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
