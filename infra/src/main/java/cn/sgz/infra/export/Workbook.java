package cn.sgz.infra.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A spreadsheet written as an Office Open XML workbook (.xlsx): sheets of rows, each cell text or a
 * number. Only what a return needs (no styles, no formulas), so no spreadsheet library rides along
 * in the service; Excel, WPS and LibreOffice open it.
 */
public final class Workbook {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_SHEET_NAME = 31;

    private final List<Sheet> sheets = new ArrayList<>();
    private final HashSet<String> names = new HashSet<>();

    /** A sheet with a name unique in the workbook (shortened and numbered when needed). */
    public Sheet sheet(String name) {
        var clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        clean = clean.isBlank() ? "Sheet" : clean;
        var unique = clip(clean, 0);
        for (int n = 2; !names.add(unique); n++) {
            unique = clip(clean, n);
        }
        var sheet = new Sheet(unique);
        sheets.add(sheet);
        return sheet;
    }

    public byte[] bytes() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", workbook());
            entry(zip, "xl/_rels/workbook.xml.rels", workbookRelations());
            for (int i = 0; i < sheets.size(); i++) {
                entry(
                        zip,
                        "xl/worksheets/sheet" + (i + 1) + ".xml",
                        sheets.get(i).xml());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String contentTypes() {
        var xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(i)
                    .append(
                            ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        var xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<sheet name=\"")
                    .append(escape(sheets.get(i - 1).name))
                    .append("\" sheetId=\"")
                    .append(i)
                    .append("\" r:id=\"rId")
                    .append(i)
                    .append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRelations() {
        var xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId")
                    .append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                            + " Target=\"worksheets/sheet")
                    .append(i)
                    .append(".xml\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    private static String clip(String name, int number) {
        var suffix = number == 0 ? "" : "(" + number + ")";
        var room = MAX_SHEET_NAME - suffix.length();
        return (name.length() > room ? name.substring(0, room) : name) + suffix;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String escape(String text) {
        var xml = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                default -> {
                    // characters XML 1.0 cannot hold at all are left out
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        xml.append(c);
                    }
                }
            }
        }
        return xml.toString();
    }

    /** One sheet: rows of cells, text or numbers (null is an empty cell). */
    public static final class Sheet {
        private final String name;
        private final StringBuilder rows = new StringBuilder();
        private int count;

        private Sheet(String name) {
            this.name = name;
        }

        public Sheet row(Object... cells) {
            count++;
            rows.append("<row r=\"").append(count).append("\">");
            for (int i = 0; i < cells.length; i++) {
                var ref = column(i) + count;
                switch (cells[i]) {
                    case null -> {}
                    case Number number ->
                        rows.append("<c r=\"")
                                .append(ref)
                                .append("\"><v>")
                                .append(number)
                                .append("</v></c>");
                    case Object other ->
                        rows.append("<c r=\"")
                                .append(ref)
                                .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                                .append(escape(other.toString()))
                                .append("</t></is></c>");
                }
            }
            rows.append("</row>");
            return this;
        }

        private String xml() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + rows + "</sheetData></worksheet>";
        }

        private static String column(int index) {
            var name = new StringBuilder();
            for (int i = index + 1; i > 0; i = (i - 1) / 26) {
                name.insert(0, (char) ('A' + (i - 1) % 26));
            }
            return name.toString();
        }
    }
}
