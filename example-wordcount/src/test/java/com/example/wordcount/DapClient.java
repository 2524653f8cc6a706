package com.example.wordcount;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of the Debug Adapter Protocol, as VS Code speaks it to debugpy: messages of JSON, each
 * after a {@code Content-Length} header, over TCP. Enough of it to attach, set breakpoints, wait
 * for a stop, read the stack, evaluate an expression, continue and disconnect.
 */
final class DapClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int seq;
    /** Events that arrived while a response was awaited, in order. */
    private final List<Map<String, Object>> events = new ArrayList<>();

    private DapClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects to 127.0.0.1:port, trying again until it listens or {@code within} has passed. */
    static DapClient connect(int port, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                socket.setSoTimeout((int) within.toMillis());
                return new DapClient(socket);
            } catch (ConnectException e) {
                socket.close();
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("nothing listened on 127.0.0.1:" + port + " within " + within, e);
                }
                Thread.sleep(200);
            }
        }
    }

    /** Sends a request; returns its sequence number. */
    int send(String command, Map<String, Object> arguments) throws IOException {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("seq", ++seq);
        message.put("type", "request");
        message.put("command", command);
        message.put("arguments", arguments);
        byte[] body = JSON.writeValueAsBytes(message);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return seq;
    }

    /** Sends a request and returns its response's body, failing on an unsuccessful response. */
    @SuppressWarnings("unchecked")
    Map<String, Object> request(String command, Map<String, Object> arguments) throws IOException {
        return response(send(command, arguments));
    }

    /** The response to request {@code requestSeq}, keeping the events that come first. */
    @SuppressWarnings("unchecked")
    Map<String, Object> response(int requestSeq) throws IOException {
        while (true) {
            Map<String, Object> message = read();
            if ("response".equals(message.get("type")) && ((Number) message.get("request_seq")).intValue() == requestSeq) {
                if (!Boolean.TRUE.equals(message.get("success"))) {
                    throw new AssertionError("the debugger refused " + message.get("command") + ": " + message);
                }
                Object body = message.get("body");
                return body instanceof Map ? (Map<String, Object>) body : Map.of();
            }
            if ("event".equals(message.get("type"))) {
                events.add(message);
            }
        }
    }

    /** The body of the next event named {@code event} (one that came already, or the next to come). */
    @SuppressWarnings("unchecked")
    Map<String, Object> event(String event) throws IOException {
        for (int i = 0; i < events.size(); i++) {
            if (event.equals(events.get(i).get("event"))) {
                Map<String, Object> found = events.remove(i);
                return found.get("body") instanceof Map ? (Map<String, Object>) found.get("body") : Map.of();
            }
        }
        while (true) {
            Map<String, Object> message = read();
            if ("event".equals(message.get("type")) && event.equals(message.get("event"))) {
                return message.get("body") instanceof Map ? (Map<String, Object>) message.get("body") : Map.of();
            }
            if ("event".equals(message.get("type"))) {
                events.add(message);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read() throws IOException {
        int length = -1;
        String header;
        while (!(header = line()).isEmpty()) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        if (length < 0) {
            throw new IOException("a message without Content-Length");
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new IOException("the debugger closed the connection");
        }
        return JSON.readValue(body, Map.class);
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("the debugger closed the connection");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
