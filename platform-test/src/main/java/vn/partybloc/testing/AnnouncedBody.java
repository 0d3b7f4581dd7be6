package vn.partybloc.testing;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A request that announces a body of some length and waits for {@code 100 Continue} before sending it, spoken on a
 * socket: the service under test may refuse it unread. (The JDK's HttpClient waits forever when the answer to
 * {@code Expect: 100-continue} is a final one with a body: so Java 17's did here, past its own timeout.)
 */
public final class AnnouncedBody {

    private AnnouncedBody() {}

    private static final String STAYED_OPEN = "\n[the connection stayed open 10 s]";

    /** The answer as received, status line, headers and body; it must end the connection within 10 s. */
    public static Answer send(String method, String pathAndQuery, Map<String, String> headers, long length)
            throws IOException {
        String head =
                head(method, pathAndQuery, headers) + "Content-Length: " + length + "\r\nExpect: 100-continue\r\n\r\n";
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            return new Answer(readUntilClosed(socket.getInputStream()));
        }
    }

    /**
     * A request whose body is sent in chunks, {@code length} bytes of JSON white space in all, with no length announced;
     * the answer is read while the body is still being sent, as a server may answer before it has read everything.
     */
    public static Answer chunked(String method, String pathAndQuery, Map<String, String> headers, long length)
            throws IOException, InterruptedException {
        String head = head(method, pathAndQuery, headers) + "Transfer-Encoding: chunked\r\n\r\n";
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            Thread sender = new Thread(() -> sendChunks(out, length), "chunked-body");
            sender.start();
            Answer answer = new Answer(readUntilClosed(socket.getInputStream()));
            sender.join(10_000);
            return answer;
        }
    }

    /** The request line, {@code Host} and the given headers, each line ended; the body's headers follow. */
    private static String head(String method, String pathAndQuery, Map<String, String> headers) {
        StringBuilder head = new StringBuilder(method + " " + pathAndQuery + " HTTP/1.1\r\n")
                .append("Host: ")
                .append(URI.create(RestAssured.baseURI).getHost())
                .append("\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.toString();
    }

    private static void sendChunks(OutputStream out, long length) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
            for (long sent = 0; sent < length; sent += chunk.length) {
                out.write(size);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the server answered and closed the connection before the whole body was sent
        }
    }

    /** What the server sent until it closed the connection, or until it fell silent for the socket's timeout. */
    private static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            received.write(STAYED_OPEN.getBytes(StandardCharsets.UTF_8));
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** The raw answer. */
    public record Answer(String raw) {

        /** Whether the server closed the connection once it had answered, rather than leaving it open. */
        public boolean closed() {
            return !raw.endsWith(STAYED_OPEN);
        }

        public int status() {
            return raw.startsWith("HTTP/1.1 ") ? Integer.parseInt(raw.substring(9, 12)) : -1;
        }

        /** A header's value as sent, or null; names are matched regardless of case. */
        public String header(String name) {
            String heads = raw.contains("\r\n\r\n") ? raw.substring(0, raw.indexOf("\r\n\r\n")) : raw;
            for (String line : heads.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        public String body() {
            return raw.contains("\r\n\r\n") ? raw.substring(raw.indexOf("\r\n\r\n") + 4) : "";
        }

        public boolean isProblem() {
            String type = header("Content-Type");
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
        }
    }
}
