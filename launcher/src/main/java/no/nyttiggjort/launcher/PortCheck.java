package no.nyttiggjort.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds out, before anything starts, whether the ports the stack wants are free on loopback. */
final class PortCheck {

    private PortCheck() {
    }

    /**
     * Binding is the only reliable test: a connect test misses a port that is bound but not yet
     * listening, and another program may listen on 0.0.0.0 only.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // The servers set SO_REUSEADDR too, so a port in TIME_WAIT from our last run counts as free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(StackConfig.HOST), port));
            return true;
        } catch (IOException e) {
            // A failed bind is the answer to the question, not an error.
            return false;
        }
    }

    /**
     * Fails with one message naming every taken port and the component that wanted it, and every
     * port that two components were given.
     */
    static void requireFree(Map<String, Integer> portsByComponent) {
        List<String> problems = new ArrayList<>();
        Map<Integer, String> seen = new LinkedHashMap<>();
        portsByComponent.forEach((component, port) -> {
            String other = seen.putIfAbsent(port, component);
            if (other != null) {
                problems.add("port " + port + " is configured for both " + other + " and " + component);
            } else if (!isFree(port)) {
                problems.add("port " + port + " (" + component + ") is already in use on " + StackConfig.HOST
                        + " (`ss -ltnp 'sport = :" + port + "'` shows by what; " + StackConfig.portVariable(component)
                        + " picks another)");
            }
        });
        if (!problems.isEmpty()) {
            throw new StackException("Cannot start, nothing was started:\n  - " + String.join("\n  - ", problems));
        }
    }

    static List<Integer> freePorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            // All held open at once so that the same port is not handed out twice.
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(StackConfig.HOST));
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find free ports on " + StackConfig.HOST, e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
