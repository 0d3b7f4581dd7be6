package vn.partybloc.admin;

import static vn.partybloc.admin.GatewayStandIn.BLOC;
import static vn.partybloc.admin.GatewayStandIn.CALLS;
import static vn.partybloc.admin.GatewayStandIn.COMMITTEE;
import static vn.partybloc.admin.GatewayStandIn.OFFICE_CELL;
import static vn.partybloc.admin.GatewayStandIn.PLANNING_CELL;
import static vn.partybloc.admin.MembersStandIn.memberId;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/**
 * The gateway's reports of a subtree: the overview, its new committee members' training obligations, its courses by
 * topic, its cells' meetings and its discipline as counts.
 */
@Path("/api/v1")
@Produces("application/json")
public class ReportsStandIn {

    @GET
    @Path("/reports/overview")
    public String overview(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language,
            @QueryParam("asOf") String asOf) {
        CALLS.add("overview " + asOf + " " + authorization);
        CALLS.add("overview in " + language);
        return """
                {"organizationId":"%s","asOf":"%s","sections":{
                  "organizations":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","asOf":"%s",
                    "grassroots":122,"total":1251,"byType":{"BLOC_COMMITTEE":1,"GRASSROOTS_COMMITTEE":93,
                    "GRASSROOTS_CELL":29,"SUB_COMMITTEE":12,"SUBORDINATE_CELL":1117}}},
                  "members":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","asOf":"%s",
                    "members":{"total":14357},
                    "grassrootsCommitteeMembers":{"total":1017,"doctorShare":4.42,"masterShare":42.67,"womenShare":21.3}}},
                  "training":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","topics":[
                    {"topic":"PARTY_WORK","courses":12,"attendees":640,"completions":650},
                    {"topic":"POLITICAL_THEORY","courses":4,"attendees":320,"completions":320}],
                    "totals":{"courses":16,"attendees":900,"completions":970}}},
                  "evaluation":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","year":2022,"targets":[
                    {"subjectKind":"MEMBER","metric":"AT_LEAST_GOOD","comparison":"AT_LEAST","percent":80,
                     "actualPercent":86.5,"met":true,"gap":6.5},
                    {"subjectKind":"GRASSROOTS_ORGANIZATION","metric":"EXCELLENT","comparison":"AT_MOST","percent":20,
                     "actualPercent":24.1,"met":false,"gap":-4.1}]}},
                  "meetings":{"status":"UNAVAILABLE","httpStatus":503,"detail":"organization-service did not answer"}}}""".formatted(BLOC, asOf, BLOC, asOf, BLOC, asOf, BLOC, BLOC);
    }

    /**
     * A subtree's meetings over a period: the planning cell met every month, the office cell missed two months and a
     * quarter's thematic meeting, and one of its members was absent without leave in three months.
     */
    @GET
    @Path("/organizations/{id}/meetings/report")
    public String meetingReport(
            @PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        CALLS.add("meetings report " + id + " " + from + " " + to);
        return """
                {"organizationId":"%s","from":"%s","to":"%s","judgedMonths":[],"rules":[],
                 "summary":{"cells":2,"cellsMeetingEveryMonth":1,"cellMonthsJudged":24,"cellMonthsWithoutRegularMeeting":2,
                   "cellQuartersJudged":8,"cellQuartersShortOfThematic":1,"meetings":1234,"onlineOrHybridMeetings":3,
                   "onlineOrHybridShare":12.5,"attendance":{"present":270,"absentWithLeave":20,"absentWithoutLeave":10,
                   "rate":90.0},"flaggedMembers":1,"cellsWithFollowers":2,"cellsAttendedByFollower":1,"cellsNobodyAttended":1},
                 "cells":[
                   {"organizationId":"%s","code":"SXD-KH","name":"Chi bộ Phòng Kế hoạch","type":"SUBORDINATE_CELL",
                    "meetings":16,"regularMeetings":12,"thematicMeetings":4,"onlineOrHybridMeetings":1,
                    "monthsWithoutRegularMeeting":[],"quartersShortOfThematic":[],
                    "attendance":{"present":150,"absentWithLeave":10,"absentWithoutLeave":0,"rate":93.75},
                    "followers":1,"meetingsAttendedBySuperior":3,"meetingsAttendedByFollower":3},
                   {"organizationId":"%s","code":"SXD-VP","name":"Chi bộ Văn phòng","type":"SUBORDINATE_CELL",
                    "meetings":13,"regularMeetings":10,"thematicMeetings":3,"onlineOrHybridMeetings":2,
                    "monthsWithoutRegularMeeting":["2023-02","2023-05"],"quartersShortOfThematic":["2023-Q2"],
                    "attendance":{"present":120,"absentWithLeave":10,"absentWithoutLeave":10,"rate":85.71},
                    "followers":1,"meetingsAttendedBySuperior":0,"meetingsAttendedByFollower":0}],
                 "flaggedMembers":[{"memberId":"%s","fullName":"Trần Văn An","organizationId":"%s","year":2023,
                   "months":["2023-02","2023-03","2023-05"]}],
                 "committeeMembers":[]}""".formatted(id, from, to, PLANNING_CELL, OFFICE_CELL, memberId("Trần Văn An"), OFFICE_CELL);
    }

    /** A subtree's new committee members on a day: 40 due, 38 trained (35 on time), 2 overdue; the target not met. */
    @GET
    @Path("/obligations/report")
    public String obligationCoverage(@QueryParam("organizationId") String id, @QueryParam("asOf") String asOf) {
        CALLS.add("obligations report " + id + " " + asOf);
        return """
                {"organizationId":"%s","from":null,"to":null,"asOf":"%s","total":46,"closed":1,"due":40,"fulfilled":38,
                 "fulfilledOnTime":35,"overdue":2,"open":5,"shareTrained":84.4,"targetShare":100,"targetMet":false}""".formatted(id, asOf);
    }

    /**
     * A subtree's obligations of one status, earliest due first: the committee's two overdue are Trần Văn An's, a
     * deputy secretary since 2023, and one of a member the search does not know (404 to read); none anywhere else.
     */
    @GET
    @Path("/obligations")
    public String obligations(
            @QueryParam("organizationId") String id,
            @QueryParam("status") String status,
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("sort") String sort) {
        CALLS.add("obligations " + id + " " + status + " page " + page + " size " + size + " sort " + sort);
        if (!COMMITTEE.equals(id) || !"OVERDUE".equals(status) || page > 0) {
            return """
                    {"items":[],"page":%d,"size":%d,"total":%d}""".formatted(page, size, COMMITTEE.equals(id) ? 2 : 0);
        }
        return """
                {"items":[
                  {"id":"0b10c000-0000-4000-8000-0000000000e1","memberId":"%s","organizationId":"%s",
                   "committeeKind":"EXECUTIVE_COMMITTEE","position":"DEPUTY_SECRETARY","startsOn":"2023-03-01",
                   "dueOn":"2024-03-01","status":"OVERDUE","version":0},
                  {"id":"0b10c000-0000-4000-8000-0000000000e2","memberId":"%s","organizationId":"%s",
                   "committeeKind":"CELL_COMMITTEE","position":"MEMBER","startsOn":"2023-09-01",
                   "dueOn":"2024-09-01","status":"OVERDUE","version":0}],
                 "page":0,"size":%d,"total":2}""".formatted(memberId("Trần Văn An"), COMMITTEE, memberId("Người đã chuyển đi"), OFFICE_CELL, size);
    }

    @GET
    @Path("/courses/report")
    public String trainingByTopic(@QueryParam("organizationId") String id, @QueryParam("asOf") String asOf) {
        CALLS.add("training by topic " + id + " " + asOf);
        return """
                {"organizationId":"%s","from":null,"to":null,"asOf":"%s","topics":[
                  {"topic":"POLITICAL_THEORY","courses":3,"attendees":1250,"completions":1240}],
                 "totals":{"courses":3,"attendees":1250,"completions":1240}}""".formatted(id, asOf);
    }

    /**
     * The period report on the caller's subtree: the article's figures of 2021 to 06/2023 for organizations, posts
     * and members (a code of each map the API gives, 0 or not), and evaluation-service's discipline section missing.
     */
    @GET
    @Path("/reports/period")
    public String periodReport(@QueryParam("from") String from, @QueryParam("to") String to) {
        CALLS.add("period " + from + " " + to);
        return """
                {"organizationId":"%s","from":"%s","to":"%s","sections":{
                  "structuralChanges":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","from":"%s","to":"%s",
                    "total":111,"byKind":{"FOUND":17,"MOVE":0,"TRANSFER_OUT":59,"TRANSFER_IN":4,"SPLIT":13,"MERGE":18,"DISSOLVE":0},
                    "byKindAndType":{},"carriedAlong":{"FOUND":0,"MOVE":0,"TRANSFER_OUT":212,"TRANSFER_IN":9,"SPLIT":0,"MERGE":0,"DISSOLVE":0}}},
                  "positionsFilled":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","from":"%s","to":"%s",
                    "total":338,"people":301,"byCommitteeKind":{
                      "EXECUTIVE_COMMITTEE":{"total":143,"people":130,"byPosition":{"SECRETARY":12,"DEPUTY_SECRETARY":20,"MEMBER":111},"byAppointment":{}},
                      "CELL_COMMITTEE":{"total":195,"people":171,"byPosition":{"SECRETARY":42,"DEPUTY_SECRETARY":27,"MEMBER":126},"byAppointment":{}}}}},
                  "memberMovements":{"status":"OK","httpStatus":200,"data":{"organizationId":"%s","from":"%s","to":"%s",
                    "byKind":{"ADMITTED":690,"TRANSFERRED_OUT":2366,"TRANSFERRED_IN":74},
                    "transferredIn":{"withOrganization":74,"individually":0},
                    "transferredOut":{"withOrganization":2366,"individually":0},
                    "moves":{"within":554,"in":0,"out":0}}},
                  "discipline":{"status":"UNAVAILABLE","httpStatus":503,"detail":"evaluation-service did not answer"}}}""".formatted(
                        GatewayStandIn.BLOC,
                        from,
                        to,
                        GatewayStandIn.BLOC,
                        from,
                        to,
                        GatewayStandIn.BLOC,
                        from,
                        to,
                        GatewayStandIn.BLOC,
                        from,
                        to);
    }

    /** A subtree's discipline in a period, as counts: the API gives every code of each map, 0 or not. */
    @GET
    @Path("/discipline-cases/report")
    public String disciplineReport(
            @QueryParam("organizationId") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        CALLS.add("discipline report " + id + " " + from + " " + to);
        return """
                {"organizationId":"%s","from":"%s","to":"%s","opened":21,"decided":3,"openAtEnd":18,
                 "byForm":{"REPRIMAND":1,"WARNING":2,"REMOVAL_FROM_POST":0,"EXPULSION":0},
                 "byLevel":{"CELL":1,"SUB_COMMITTEE":0,"GRASSROOTS":2,"BLOC":0},
                 "byCategory":{"POLITICS_ETHICS_LIFESTYLE":0,"PARTY_ACTIVITIES":2,"ASSIGNED_TASKS":1,
                   "CORRUPTION_WASTE":0,"OTHER":0},
                 "appealsLodged":1,"appealsResolved":{"UPHELD":1,"CHANGED":0,"ANNULLED":0},
                 "complaintsReceived":{"COMPLAINT":4,"DENUNCIATION":2},"complaintsResolved":{"COMPLAINT":3,"DENUNCIATION":1},
                 "complaintsOverdueAtEnd":{"COMPLAINT":0,"DENUNCIATION":1},
                 "organizationCases":{"opened":1,"decided":1,"openAtEnd":0,
                   "byForm":{"REPRIMAND":1,"WARNING":0,"DISSOLUTION":0},
                   "byLevel":{"CELL":0,"SUB_COMMITTEE":0,"GRASSROOTS":0,"BLOC":1},
                   "byCategory":{"POLITICS_ETHICS_LIFESTYLE":0,"PARTY_ACTIVITIES":1,"ASSIGNED_TASKS":0,
                     "CORRUPTION_WASTE":0,"OTHER":0},
                   "appealsLodged":0,"appealsResolved":{"UPHELD":0,"CHANGED":0,"ANNULLED":0}}}""".formatted(id, from, to);
    }
}
