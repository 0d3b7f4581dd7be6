package vn.partybloc.member.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.partybloc.member.domain.ImportRow;
import vn.partybloc.member.domain.ImportRowError;
import vn.partybloc.platform.web.JsonErrors;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * Reads an import file into rows of a request type, each checked as the JSON body of a single request would be. CSV
 * files carry a header of the same property names as the JSON; an empty cell is an absent value. A row that cannot be
 * read becomes a row error; a file that cannot be read at all (not UTF-8, broken CSV, unknown columns) is refused
 * whole with a 400, before anything is written.
 */
@ApplicationScoped
public class ImportFiles {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    /**
     * The longest file in characters, for the document: {@code quarkus.http.limits.max-body-size} (32M bytes) refuses
     * a longer body, and a character takes at least one byte of UTF-8.
     */
    public static final int MAX_CHARACTERS = 32 * 1024 * 1024;

    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    private final ObjectMapper json;
    private final Validator validator;

    public ImportFiles(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> List<ImportRow<T>> read(byte[] body, String format, Class<T> rowType) {
        String text = utf8(body);
        List<ImportRow<T>> rows = CSV.equals(format) ? csv(text, rowType) : ndjson(text, rowType);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("body", "import.no-rows");
        }
        return rows;
    }

    private <T> List<ImportRow<T>> ndjson(String text, Class<T> rowType) {
        List<ImportRow<T>> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int number = i + 1;
            try {
                rows.add(checked(number, json.readValue(lines[i], rowType)));
            } catch (JsonProcessingException e) {
                rows.add(ImportRow.refused(number, List.of(rowError(number, JsonErrors.describe(e)))));
            }
        }
        return rows;
    }

    private <T> List<ImportRow<T>> csv(String text, Class<T> rowType) {
        List<ImportRow<T>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = CSV_MAPPER
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text)) {
            int number = 0;
            while (lines.hasNextValue()) {
                Map<String, String> cells = lines.nextValue();
                if (number == 0) {
                    requireKnownColumns(cells.keySet(), rowType);
                }
                number++;
                rows.add(csvRow(number, cells, rowType));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.invalid(
                    "body",
                    "import.csv-unreadable",
                    rows.size(),
                    e.getCause() instanceof JsonProcessingException cause
                            ? cause.getOriginalMessage()
                            : e.getMessage());
        }
        return rows;
    }

    private <T> ImportRow<T> csvRow(int number, Map<String, String> cells, Class<T> rowType) {
        Map<String, String> present = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                present.put(column, value.strip());
            }
        });
        try {
            return checked(number, json.convertValue(present, rowType));
        } catch (IllegalArgumentException e) {
            ProblemException.FieldIssue error = e.getCause() instanceof JsonProcessingException cause
                    ? JsonErrors.describe(cause)
                    : new ProblemException.FieldIssue(null, new ProblemMessage("import.row-unreadable"));
            return ImportRow.refused(number, List.of(rowError(number, error)));
        }
    }

    private <T> ImportRow<T> checked(int number, T value) {
        List<ImportRowError> errors = validator.validate(value).stream()
                .map(v -> new ImportRowError(number, v.getPropertyPath().toString(), null, v.getMessage()))
                .sorted(java.util.Comparator.comparing(ImportRowError::field))
                .toList();
        return errors.isEmpty() ? ImportRow.of(number, value) : ImportRow.refused(number, errors);
    }

    private static void requireKnownColumns(Set<String> columns, Class<?> rowType) {
        Set<String> known = Arrays.stream(rowType.getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toSet());
        List<String> unknown =
                columns.stream().filter(c -> !known.contains(c)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("body", "import.unknown-columns", unknown);
        }
    }

    /** Row errors are stored with the import job and read later, in English. */
    private static ImportRowError rowError(int number, ProblemException.FieldIssue error) {
        return new ImportRowError(number, error.field(), null, error.message().toString());
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("body", "import.not-utf8");
        }
    }
}
