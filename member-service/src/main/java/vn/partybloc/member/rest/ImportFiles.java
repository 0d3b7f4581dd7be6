package vn.partybloc.member.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import vn.partybloc.kernel.Languages;
import vn.partybloc.member.config.ImportConfig;
import vn.partybloc.member.domain.Bilingual;
import vn.partybloc.member.domain.ImportFile;
import vn.partybloc.member.domain.ImportRow;
import vn.partybloc.member.domain.ImportRowError;
import vn.partybloc.platform.web.JsonConfig;
import vn.partybloc.platform.web.JsonErrors;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;
import vn.partybloc.platform.web.ProblemType;

/**
 * Keeps an import file on disk and reads it into rows of a request type, each checked as the JSON body of a single
 * request would be. CSV files carry a header of the same property names as the JSON; an empty cell is an absent value.
 * A row that cannot be read becomes a row error; a file that cannot be read at all (not UTF-8, broken CSV, unknown
 * columns, no rows) is refused whole with a 400, and one of more rows than {@code partybloc.imports.max-rows} with a
 * 413, before any job. Both checks read the file as a stream, and so does the job: memory holds one row at a time
 * here, one chunk in the job.
 */
@ApplicationScoped
public class ImportFiles {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    /**
     * The document's bound on a file, in characters, as release 1.0 published it (32 MiB): lowering a request's
     * {@code maxLength} breaks the contract guard's compatibility check, and a string the clients send needs one (the
     * lint's {@code request-string-limit}). What applies is the body limit of 10 MiB, a 413 that the operations declare
     * and describe ({@link #LIMITS}).
     */
    public static final int MAX_CHARACTERS = 32 * 1024 * 1024;

    /** The limits an import operation's description states. */
    public static final String LIMITS = "A file is at most 10 MiB and 200,000 rows (both configurable): a larger one "
            + "is refused with 413 before any job, naming the limit.";

    private static final Logger LOG = Logger.getLogger(ImportFiles.class);
    private static final String PREFIX = "import-";
    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    private final ObjectMapper json;
    /** CSV cells are text: a number or boolean column is read from it. */
    private final ObjectMapper csvCells;

    private final Validator validator;
    /** Puts a violated constraint's message into each language: a row is checked on the import's own thread. */
    private final MessageInterpolator interpolator;

    private final ImportConfig config;

    public ImportFiles(ObjectMapper json, ValidatorFactory validation, ImportConfig config) {
        this.json = json;
        this.csvCells = JsonConfig.forTextCells(json);
        this.validator = validation.getValidator();
        this.interpolator = validation.getMessageInterpolator();
        this.config = config;
    }

    /** Stores the body and checks it can be read, row by row, up to the row cap. */
    public <T> ImportFile<T> store(InputStream body, String format, Class<T> rowType) {
        Path file = copy(body);
        try {
            int rows = count(file, format, rowType);
            if (rows == 0) {
                throw ProblemException.invalid("body", "import.no-rows");
            }
            return new ImportFile<>(rows, () -> rows(file, format, rowType), () -> delete(file));
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Removes the files of jobs whose process stopped before discarding them. */
    void removeLeftovers(@Observes StartupEvent event) {
        Path directory = directory();
        if (!Files.isDirectory(directory)) {
            return;
        }
        Instant before = Instant.now().minus(config.staleAfter());
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().startsWith(PREFIX) && modifiedBefore(f, before))
                    .forEach(ImportFiles::delete);
        } catch (IOException e) {
            LOG.warnf(e, "Could not list %s for files left by stopped imports", directory);
        }
    }

    private Path copy(InputStream body) {
        try {
            Path directory = Files.createDirectories(directory());
            Path file = Files.createTempFile(directory, PREFIX, ".part");
            try {
                Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                delete(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The import file could not be stored", e);
        }
    }

    private Path directory() {
        return config.directory()
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "partybloc-member-imports"));
    }

    /** The rows of the file, up to one over the cap: a 413 names the cap. */
    private int count(Path file, String format, Class<?> rowType) {
        int rows = 0;
        try (Reader reader = reader(file)) {
            if (CSV.equals(format)) {
                MappingIterator<Map<String, String>> lines = csvLines(reader);
                while (lines.hasNextValue()) {
                    Map<String, String> cells = lines.nextValue();
                    if (rows == 0) {
                        requireKnownColumns(cells.keySet(), rowType);
                    }
                    rows = counted(rows);
                }
            } else {
                BufferedReader lines = new BufferedReader(reader);
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        rows = counted(rows);
                    }
                }
            }
            return rows;
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("body", "import.not-utf8");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            if (e.getCause() instanceof CharacterCodingException) {
                throw ProblemException.invalid("body", "import.not-utf8");
            }
            throw ProblemException.invalid(
                    "body",
                    "import.csv-unreadable",
                    rows,
                    e.getCause() instanceof JsonProcessingException cause
                            ? cause.getOriginalMessage()
                            : e.getMessage());
        }
    }

    private int counted(int rows) {
        if (rows == config.maxRows()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "import.too-many-rows", config.maxRows());
        }
        return rows + 1;
    }

    private <T> Stream<ImportRow<T>> rows(Path file, String format, Class<T> rowType) {
        Reader reader = reader(file);
        try {
            Iterator<ImportRow<T>> rows = CSV.equals(format) ? csv(reader, rowType) : ndjson(reader, rowType);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                    .onClose(() -> close(reader));
        } catch (IOException e) {
            close(reader);
            throw new UncheckedIOException(e);
        }
    }

    private <T> Iterator<ImportRow<T>> ndjson(Reader reader, Class<T> rowType) {
        BufferedReader lines = new BufferedReader(reader);
        return new RowIterator<>() {
            private int number;

            @Override
            ImportRow<T> read() throws IOException {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (!line.isBlank()) {
                        try {
                            return checked(number, json.readValue(line, rowType));
                        } catch (JsonProcessingException e) {
                            return ImportRow.refused(number, List.of(rowError(number, JsonErrors.describe(e))));
                        }
                    }
                }
                return null;
            }
        };
    }

    private <T> Iterator<ImportRow<T>> csv(Reader reader, Class<T> rowType) throws IOException {
        MappingIterator<Map<String, String>> lines = csvLines(reader);
        return new RowIterator<>() {
            private int number;

            @Override
            ImportRow<T> read() throws IOException {
                if (!lines.hasNextValue()) {
                    return null;
                }
                number++;
                return csvRow(number, lines.nextValue(), rowType);
            }
        };
    }

    private static MappingIterator<Map<String, String>> csvLines(Reader reader) throws IOException {
        return CSV_MAPPER
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(reader);
    }

    /** An iterator over rows that reads the next one when asked whether there is one. */
    private abstract static class RowIterator<T> implements Iterator<ImportRow<T>> {

        private ImportRow<T> next;

        /** The next row, or null at the end of the file. */
        abstract ImportRow<T> read() throws IOException;

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = read();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return next != null;
        }

        @Override
        public ImportRow<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ImportRow<T> row = next;
            next = null;
            return row;
        }
    }

    private <T> ImportRow<T> csvRow(int number, Map<String, String> cells, Class<T> rowType) {
        Map<String, String> present = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                present.put(column, value.strip());
            }
        });
        try {
            return checked(number, csvCells.convertValue(present, rowType));
        } catch (IllegalArgumentException e) {
            ProblemException.FieldIssue error = e.getCause() instanceof JsonProcessingException cause
                    ? JsonErrors.describe(cause)
                    : new ProblemException.FieldIssue(null, new ProblemMessage("import.row-unreadable"));
            return ImportRow.refused(number, List.of(rowError(number, error)));
        }
    }

    private <T> ImportRow<T> checked(int number, T value) {
        List<ImportRowError> errors = validator.validate(value).stream()
                .map(v -> new ImportRowError(number, v.getPropertyPath().toString(), null, message(v)))
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

    private static ImportRowError rowError(int number, ProblemException.FieldIssue error) {
        return ImportRowError.of(number, error.field(), error.message());
    }

    private Bilingual message(ConstraintViolation<?> violation) {
        MessageInterpolator.Context context = new Violated(violation);
        return new Bilingual(
                interpolator.interpolate(violation.getMessageTemplate(), context, Languages.ENGLISH),
                interpolator.interpolate(violation.getMessageTemplate(), context, Languages.VIETNAMESE));
    }

    /** A violation as the context its message is put into words in. */
    private record Violated(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("A violation's context is no " + type.getName());
        }
    }

    /** The file as UTF-8 text, without its byte-order mark; bytes that are not UTF-8 fail the read. */
    private static Reader reader(Path file) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(
                    Files.newInputStream(file),
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException("The stored import file could not be read", e);
        }
    }

    private static void close(Reader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            LOG.debugf(e, "Closing an import file");
        }
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf(e, "Could not delete the import file %s", file);
        }
    }
}
