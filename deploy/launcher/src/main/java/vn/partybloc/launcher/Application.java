package vn.partybloc.launcher;

import java.nio.file.Path;

/**
 * The applications the launcher runs from their packaged jars, in start order: the four services, then the gateway in
 * front of them, then the admin console that calls the gateway. Each is described here once; {@link Stack} derives
 * ports, URLs, health checks, databases and process specs from this list.
 */
enum Application {
    ORGANIZATION(
            "organization-service", "ORGANIZATION_SERVICE_PORT", 8081, "organizations", "ORGANIZATION_SERVICE_URL"),
    MEMBER("member-service", "MEMBER_SERVICE_PORT", 8082, "members", "MEMBER_SERVICE_URL"),
    TRAINING("training-service", "TRAINING_SERVICE_PORT", 8083, "training", "TRAINING_SERVICE_URL"),
    EVALUATION("evaluation-service", "EVALUATION_SERVICE_PORT", 8084, "evaluations", "EVALUATION_SERVICE_URL"),
    GATEWAY("gateway", "GATEWAY_PORT", 8080, null, null),
    ADMIN_UI("admin-ui", "ADMIN_UI_PORT", 3000, null, null);

    private final String folder;
    private final String portVariable;
    private final int defaultPort;
    private final String database;
    private final String gatewayUrlVariable;

    /**
     * @param folder the module's folder, also the name in logs and on the terminal
     * @param database its database on the embedded server; null for the gateway and the console, which store nothing
     * @param gatewayUrlVariable the gateway's variable for this upstream's URL; null for the gateway and the console
     */
    Application(String folder, String portVariable, int defaultPort, String database, String gatewayUrlVariable) {
        this.folder = folder;
        this.portVariable = portVariable;
        this.defaultPort = defaultPort;
        this.database = database;
        this.gatewayUrlVariable = gatewayUrlVariable;
    }

    String displayName() {
        return folder;
    }

    String portVariable() {
        return portVariable;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** Health and metrics are served on a port of their own (the management interface), 1000 above the API's. */
    String managementPortVariable() {
        return portVariable.replace("_PORT", "_MANAGEMENT_PORT");
    }

    int defaultManagementPort() {
        return defaultPort + 1000;
    }

    /** A service owns a database and sits behind the gateway; the gateway and the console do not. */
    boolean isService() {
        return database != null;
    }

    /** The admin console: a front end that calls the gateway as its signed-in users. */
    boolean isConsole() {
        return this == ADMIN_UI;
    }

    String database() {
        return database;
    }

    String gatewayUrlVariable() {
        return gatewayUrlVariable;
    }

    Path jar(Path project) {
        return project.resolve(folder + "/target/quarkus-app/quarkus-run.jar");
    }
}
