package chainkg;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs an embedded Neo4j Community with only the Bolt connector, on 127.0.0.1, auth disabled.
 * Prints "NEO4J_READY bolt://127.0.0.1:PORT" once the default database is available.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";
    private static final long START_TIMEOUT_MS = 300_000;

    public static void main(String[] args) {
        int port;
        String dataDir = ".data/neo4j";
        String pageCache = envOr("LOCAL_NEO4J_PAGECACHE", "128m");
        // Transaction memory limits (0: Neo4j's default, unlimited). A transaction over its limit fails with
        // Neo.TransientError.General.MemoryPoolOutOfMemoryError instead of filling the heap until the JVM dies.
        String txTotal = envOr("LOCAL_NEO4J_TX_TOTAL", "0");
        String txMax = envOr("LOCAL_NEO4J_TX_MAX", "0");
        boolean exitOnStdinEof = false;
        try {
            port = Integer.parseInt(envOr("LOCAL_NEO4J_PORT", "7687").trim());
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port": port = Integer.parseInt(value(args, ++i, "--port")); break;
                    case "--data": dataDir = value(args, ++i, "--data"); break;
                    case "--pagecache": pageCache = value(args, ++i, "--pagecache"); break;
                    case "--tx-total": txTotal = value(args, ++i, "--tx-total"); break;
                    case "--tx-max": txMax = value(args, ++i, "--tx-max"); break;
                    case "--exit-on-stdin-eof": exitOnStdinEof = true; break;
                    case "-h": case "--help":
                        System.out.println("usage: chainkg.Launcher [--port N] [--data DIR] [--pagecache SIZE] [--tx-total SIZE] [--tx-max SIZE] [--exit-on-stdin-eof]");
                        return;
                    default: throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        } catch (IllegalArgumentException e) {
            System.err.println("ERROR: invalid arguments: " + e.getMessage());
            System.exit(2);
            return;
        }

        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            System.err.println("ERROR: port " + port + " on " + HOST + " is already in use; "
                    + "set LOCAL_NEO4J_PORT to another port or stop the process using it");
            System.exit(2);
        }

        AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
        try {
            Path home = Path.of(dataDir).toAbsolutePath().normalize();
            Files.createDirectories(home.resolve("logs"));
            // User log (neo4j.log) goes to a file; debug.log etc. also land in <data>/logs.
            OutputStream userLog = new FileOutputStream(home.resolve("logs/neo4j.log").toFile(), true);
            SocketAddress bolt = new SocketAddress(HOST, port);
            service.set(new DatabaseManagementServiceBuilder(home)
                    .setUserLogProvider(new Log4jLogProvider(userLog, Level.INFO))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, bolt)
                    .setConfig(BoltConnector.advertised_address, bolt)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(txTotal))
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(txMax))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                    .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // default 2 s quiet period per Netty event loop group makes shutdown take ~12 s
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build());
            GraphDatabaseService db = service.get().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
            while (!db.isAvailable(1000)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("database '" + db.databaseName() + "' did not become available");
                }
            }
        } catch (Throwable t) {
            System.err.println("ERROR: Neo4j failed to start: " + rootMessage(t));
            if ("1".equals(System.getenv("NEO4J_LAUNCHER_DEBUG"))) t.printStackTrace();
            try { if (service.get() != null) service.get().shutdown(); } catch (Throwable ignored) { }
            System.exit(1);
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.get().shutdown();
            } catch (Throwable t) {
                System.err.println("ERROR: Neo4j shutdown failed: " + rootMessage(t));
            }
            System.out.println("NEO4J_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-launcher-shutdown"));

        System.out.println("NEO4J_READY bolt://" + HOST + ":" + port);
        System.out.flush();

        if (exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                try {
                    byte[] buf = new byte[256];
                    while (System.in.read(buf) != -1) { /* ignore input */ }
                } catch (IOException ignored) { /* treat as EOF */ }
                System.exit(0); // runs the shutdown hook
            }, "neo4j-launcher-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            stopped.await();
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) throw new IllegalArgumentException(flag + " needs a value");
        return args[i];
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage();
        if (msg == null || msg.isBlank()) msg = root.getClass().getName();
        return msg.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
