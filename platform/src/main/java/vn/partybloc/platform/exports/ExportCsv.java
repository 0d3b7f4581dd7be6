package vn.partybloc.platform.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * An export's NDJSON read back as CSV (RFC 4180, UTF-8, CRLF): a header naming the columns, then a line per record
 * with its fields in that order, streamed a record at a time. An absent field is an empty cell; a list or an object is
 * its compact JSON. A text that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) is written after an apostrophe, as OWASP advises for CSV that people open.
 */
public final class ExportCsv {

    private ExportCsv() {}

    /** The columns of records written as {@code type}: its components, in their order. */
    public static List<String> columnsOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    static void write(InputStream ndjson, OutputStream out, List<String> columns, ObjectMapper json)
            throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8), 1 << 16);
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        row(csv, columns);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            JsonNode record = json.readTree(line);
            row(csv, columns.stream().map(column -> cell(record.get(column))).toList());
        }
        csv.flush();
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isContainerNode()) {
            return value.toString();
        }
        String text = value.asText();
        return value.isTextual() && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void row(Writer csv, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(quoted(cells.get(i)));
        }
        csv.write("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
