package vn.partybloc.training.rest;

/** How many members one bulk request may name: a whole class of the largest courses. */
final class BulkLimits {

    static final int MAX_MEMBERS = 5000;

    private BulkLimits() {}
}
