package vn.partybloc.launcher;

import java.util.Map;

/** A port of the local stack: what listens on it, the environment variable that moves it, and the number in use. */
record Port(String part, String variable, int number) {

    static Port of(Map<String, String> env, String part, String variable, int fallback) {
        String value = env.get(variable);
        return new Port(part, variable, value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip()));
    }

    /** How the terminal names it, e.g. {@code PostgreSQL (POSTGRES_PORT)}. */
    String label() {
        return part + " (" + variable + ")";
    }
}
