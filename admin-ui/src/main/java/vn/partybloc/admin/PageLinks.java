package vn.partybloc.admin;

/** The links to a list's page before and after the one shown, each null where there is none. */
record PageLinks(String previous, String next) {

    /**
     * The links of page {@code page} (from 0) of {@code size} items, each {@code path} followed by a page's number; no
     * next page while the list's {@code total} is unknown (the list could not be read).
     */
    static PageLinks of(String path, int page, int size, Long total) {
        boolean more = total != null && (long) (page + 1) * size < total;
        return new PageLinks(page > 0 ? path + (page - 1) : null, more ? path + (page + 1) : null);
    }
}
