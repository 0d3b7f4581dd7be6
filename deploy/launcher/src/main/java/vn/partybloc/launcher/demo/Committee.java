package vn.partybloc.launcher.demo;

/** A committee of one term of a grassroots organization. */
public record Committee(String organizationCode, String kind, int termStartYear, int termEndYear) {}
