package vn.partybloc.platform.exports;

import java.util.function.Consumer;

/** What an export holds: every record handed to the sink, read in the export's transaction and so in its snapshot. */
@FunctionalInterface
public interface ExportSource {

    void write(Consumer<Object> sink);
}
