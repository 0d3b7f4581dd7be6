package vn.partybloc.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list or a report as an XLSX workbook, the document staff send up the line: a sheet with a title row, a header
 * row and the rows, numbers as numbers and days as days (dd/MM/yyyy), written as it streams out (POI's SXSSF). A
 * page of several lists has a sheet each ({@link #sheet}).
 */
final class Spreadsheet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private record Table(String name, String title, List<String> headers, List<List<Object>> rows) {}

    private final List<Table> tables = new ArrayList<>();

    /** A workbook of one sheet, named by its title. */
    Spreadsheet(String title, List<String> headers) {
        this(title, title, headers);
    }

    /** A workbook whose first sheet is named {@code name} (its tab), with {@code title} above its headers. */
    Spreadsheet(String name, String title, List<String> headers) {
        sheet(name, title, headers);
    }

    /** A further sheet named {@code name} (its tab, unique in the workbook), to which the rows after this go. */
    Spreadsheet sheet(String name, String title, List<String> headers) {
        tables.add(new Table(name, title, headers, new ArrayList<>()));
        return this;
    }

    /** A share given as a percentage (4.42 is 4,42%), written as a percent cell; none when the share is absent. */
    record Percent(double value) {
        static Percent of(Number share) {
            return share == null ? null : new Percent(share.doubleValue());
        }
    }

    /** A row of cells; a null cell is left empty (a figure that does not apply, a share of nothing). */
    Spreadsheet row(Object... cells) {
        tables.get(tables.size() - 1).rows().add(Arrays.asList(cells));
        return this;
    }

    /** The workbook as a download named {@code fileName}.xlsx. */
    Response download(String fileName) {
        String encoded =
                URLEncoder.encode(fileName + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok((StreamingOutput) this::write, XLSX)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .build();
    }

    private void write(OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(workbook);
            for (Table table : tables) {
                write(table, workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name())), styles);
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Table table, Sheet sheet, Styles styles) {
        sheet.createRow(0).createCell(0).setCellValue(table.title());
        sheet.getRow(0).getCell(0).setCellStyle(styles.bold);
        Row header = sheet.createRow(1);
        for (int i = 0; i < table.headers().size(); i++) {
            header.createCell(i).setCellValue(table.headers().get(i));
            header.getCell(i).setCellStyle(styles.bold);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 2);
            List<Object> cells = table.rows().get(r);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else if (value instanceof Percent share) {
                    row.createCell(i).setCellValue(share.value() / 100);
                    row.getCell(i).setCellStyle(styles.percent);
                } else if (value instanceof LocalDate date) {
                    row.createCell(i).setCellValue(date);
                    row.getCell(i).setCellStyle(styles.day);
                } else if (value != null) {
                    row.createCell(i).setCellValue(value.toString());
                }
            }
        }
    }

    /** The cell styles a workbook's sheets share (a workbook holds a limited number of them). */
    private static final class Styles {

        final CellStyle bold;
        final CellStyle day;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        }
    }
}
