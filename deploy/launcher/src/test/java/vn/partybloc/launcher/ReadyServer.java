package vn.partybloc.launcher;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

/** A stand-in service for {@link ServiceProcessTest}: answers 200 on every path of {@code HTTP_PORT}. */
public final class ReadyServer {

    private ReadyServer() {}

    public static void main(String[] args) throws Exception {
        HttpServer server =
                HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("HTTP_PORT"))), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }
}
