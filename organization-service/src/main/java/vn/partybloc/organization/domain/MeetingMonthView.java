package vn.partybloc.organization.domain;

import java.util.List;

/** A recorded month with its meetings, whether this request recorded it first, and whether it changed anything. */
public record MeetingMonthView(MeetingMonth month, List<Meeting> meetings, boolean created, boolean changed) {}
