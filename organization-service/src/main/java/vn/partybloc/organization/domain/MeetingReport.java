package vn.partybloc.organization.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cell meetings of a subtree over a period, measured against the meeting rules (ADR 0013). */
@Schema(
        name = "MeetingReport",
        description = "Cell meetings of a subtree over a period of months, against the meeting rules.")
public record MeetingReport(
        @Schema(description = "The root of the subtree.") UUID organizationId,
        @Schema(description = "First month of the period.") YearMonth from,
        @Schema(description = "Last month of the period.") YearMonth to,

        @Schema(description = "The months of the period that have ended: the ones the rules judge.")
        List<YearMonth> judgedMonths,

        @Schema(description = "The rules measured against, with their sources.")
        List<RuleApplied> rules,

        Summary summary,

        @Schema(description = "Every active cell of the subtree, by name.")
        List<CellLine> cells,

        @Schema(description = "Members absent without leave in at least the rule's number of months of a year.")
        List<FlaggedMember> flaggedMembers,

        @Schema(description = "Committee members who followed cells of the subtree during the period.")
        List<CommitteeMemberLine> committeeMembers) {

    @Schema(name = "MeetingRule", description = "A meeting rule as configured, with its source.")
    public record RuleApplied(
            @Schema(description = "MTG-REGULAR-MONTHLY, MTG-THEMATIC-QUARTERLY or MTG-ABSENCE-THREE-MONTHS.")
            String id,

            @Schema(description = "Meetings a month, thematic meetings a quarter, or months of absence a year.")
            int count,

            @Schema(description = "The document and article it comes from.")
            String source,

            @Schema(description = "What could not be verified about the source.", nullable = true)
            String finding) {}

    @Schema(
            name = "MeetingAttendanceCounts",
            description = "Attendance as recorded (members not recorded are not counted).")
    public record Attendance(
            long present,
            long absentWithLeave,
            long absentWithoutLeave,

            @Schema(
                    description = "Present among those recorded, in percent; null when none was recorded.",
                    nullable = true)
            Double rate) {

        static Attendance of(long present, long withLeave, long withoutLeave) {
            return new Attendance(
                    present, withLeave, withoutLeave, percent(present, present + withLeave + withoutLeave));
        }
    }

    @Schema(name = "MeetingReportSummary", description = "The subtree's totals.")
    public record Summary(
            int cells,
            int cellsMeetingEveryMonth,
            int cellMonthsJudged,
            int cellMonthsWithoutRegularMeeting,
            int cellQuartersJudged,
            int cellQuartersShortOfThematic,
            long meetings,
            long onlineOrHybridMeetings,

            @Schema(
                    description = "Online and hybrid meetings among all, in percent; null without meetings.",
                    nullable = true)
            Double onlineOrHybridShare,

            Attendance attendance,
            int flaggedMembers,

            @Schema(description = "Cells some committee member was assigned to follow in the period.")
            int cellsWithFollowers,

            @Schema(description = "Cells whose assigned follower attended at least one meeting.")
            int cellsAttendedByFollower,

            @Schema(description = "Cells no superior committee member attended in the period.")
            int cellsNobodyAttended) {}

    @Schema(name = "MeetingReportCell", description = "One cell's meetings in the period.")
    public record CellLine(
            UUID organizationId,
            String code,
            String name,
            OrganizationType type,
            long meetings,
            long regularMeetings,
            long thematicMeetings,
            long onlineOrHybridMeetings,
            List<YearMonth> monthsWithoutRegularMeeting,

            @Schema(description = "Judged quarters, `2024-Q1`, short of the thematic rule.")
            List<String> quartersShortOfThematic,

            Attendance attendance,

            @Schema(description = "Committee members assigned to follow the cell in the period.")
            long followers,

            long meetingsAttendedBySuperior,
            long meetingsAttendedByFollower) {}

    @Schema(
            name = "MeetingFlaggedMember",
            description = "A member flagged under the three-month rule, for the cell to consider.")
    public record FlaggedMember(
            UUID memberId,

            @Schema(description = "As member-service last published it.", nullable = true)
            String fullName,

            @Schema(description = "The member's cell now.", nullable = true)
            UUID organizationId,

            int year,

            @Schema(description = "The months with an absence without leave.")
            List<YearMonth> months) {}

    @Schema(
            name = "MeetingFollower",
            description = "A committee member following cells, and the meetings they attended.")
    public record CommitteeMemberLine(
            UUID memberId,
            @Schema(nullable = true) String fullName,
            long followedCells,
            long meetingsOfFollowedCells,
            long meetingsAttended,
            long followedCellsAttended) {}

    @Schema(
            name = "MeetingMemberAttendance",
            description = "A member's attendance at the meetings of the subtree's cells in the period, as recorded.")
    public record MemberLine(
            UUID memberId,

            @Schema(description = "As member-service last published it.", nullable = true)
            String fullName,

            @Schema(description = "The member's cell now.", nullable = true)
            UUID organizationId,

            Attendance attendance) {}

    @Schema(
            name = "MeetingYear",
            description = "A subtree's meeting figures for the twelve months ending with a month: the report's totals "
                    + "without its lines.")
    public record Year(
            @Schema(description = "The root of the subtree.")
            UUID organizationId,

            @Schema(description = "First month.") YearMonth from,

            @Schema(description = "Last month: the month of `asOf`.")
            YearMonth to,

            @Schema(description = "The months that have ended: the ones the rules judge.")
            List<YearMonth> judgedMonths,

            @Schema(description = "The rules measured against, with their sources.")
            List<RuleApplied> rules,

            Summary summary) {}

    /** {@code part} of {@code whole} in percent with one decimal, or null when there is no whole. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
