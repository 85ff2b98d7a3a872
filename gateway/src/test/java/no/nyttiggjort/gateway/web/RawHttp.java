package no.nyttiggjort.gateway.web;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 over a plain socket, for what a ready-made client will not do: declare a body it never
 * sends, or stream a chunked one while reading the answer that arrives before the body is complete.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The answer's status line, headers and body as text (the connection is asked to close). */
    record Answer(int status, String head, String body) {

        String header(String name) {
            return head.lines()
                    .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).trim())
                    .findFirst().orElse(null);
        }
    }

    /** Sends the head and the first bytes of a body declared to be {@code declaredLength} long. */
    static Answer sendDeclared(String path, String authorization, long declaredLength, byte[] firstBytes)
            throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(path, authorization, "Content-Length: " + declaredLength).getBytes(StandardCharsets.US_ASCII));
            out.write(firstBytes);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Streams {@code total} bytes in chunks while another thread reads the answer, which may come (and the
     * connection close) before everything has been sent.
     */
    static Answer sendChunked(String path, String authorization, int total, int chunkSize) throws Exception {
        try (Socket socket = connect()) {
            CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return read(socket.getInputStream());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head(path, authorization, "Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[chunkSize];
                Arrays.fill(chunk, (byte) 'x');
                for (int sent = 0; sent < total; sent += chunkSize) {
                    int size = Math.min(chunkSize, total - sent);
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk, 0, size);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedWhileSending) {
                // The gateway answered and closed before the whole body was sent: what a refusal looks like.
            }
            return answer.get();
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port);
        socket.setSoTimeout(20_000);
        return socket;
    }

    private static String head(String path, String authorization, String framing) {
        return "POST " + path + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + RestAssured.port + "\r\n"
                + "Authorization: " + authorization + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Connection: close\r\n"
                + framing + "\r\n\r\n";
    }

    /** Reads until the server closes the connection; a reset after the answer counts as the end. */
    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            if (bytes.size() == 0) {
                throw reset;
            }
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            throw new IOException("No complete answer: " + text);
        }
        String head = text.substring(0, split);
        int status = Integer.parseInt(head.split(" ", 3)[1]);
        return new Answer(status, head, text.substring(split + 4));
    }
}
