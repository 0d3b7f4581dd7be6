package vn.partybloc.platform.search;

/**
 * Accent-insensitive matching with PostgreSQL {@code unaccent} (through the immutable {@code f_unaccent} function the
 * platform migration creates): "dang uy truong dai hoc" finds "Đảng ủy Trường Đại học".
 */
public final class TextSearch {

    private TextSearch() {}

    /** SQL condition matching {@code column} against the bound parameter {@code param} (the raw query text). */
    public static String condition(String column, String param) {
        return "f_unaccent(" + column + ") like '%' || f_unaccent(" + param + ") || '%' escape '\\'";
    }

    /** Escapes the LIKE wildcards in user text so that "%" and "_" match themselves. */
    public static String escape(String text) {
        return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
