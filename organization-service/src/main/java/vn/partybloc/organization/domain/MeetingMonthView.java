package vn.partybloc.organization.domain;

import java.util.List;

/** A recorded month with its meetings, and whether this request recorded it first. */
public record MeetingMonthView(MeetingMonth month, List<Meeting> meetings, boolean created) {}
