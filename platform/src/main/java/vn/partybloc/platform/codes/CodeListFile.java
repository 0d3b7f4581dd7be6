package vn.partybloc.platform.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A code list published by an authority (a decision of the General Statistics Office), kept as a resource file: one
 * code per line, {@code code;Vietnamese label;English label}; lines starting with {@code #} cite the source.
 */
public final class CodeListFile {

    private CodeListFile() {}

    public static List<Code> read(String resource) {
        InputStream in = CodeListFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("No code list at " + resource);
        }
        List<Code> codes = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(";", -1);
                if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
                    throw new IllegalStateException(resource + ": not code;vi;en: " + line);
                }
                codes.add(new Code(fields[0].strip(), fields[1].strip(), fields[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(codes);
    }
}
