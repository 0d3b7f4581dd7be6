package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CommitteePositionsApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.PoliticalVettingApi;
import vn.partybloc.client.api.StructuralChangesApi;
import vn.partybloc.client.api.SuccessionPlansApi;
import vn.partybloc.client.model.Appointment;
import vn.partybloc.client.model.CandidateRequest;
import vn.partybloc.client.model.ChangeKind;
import vn.partybloc.client.model.CommitteeKind;
import vn.partybloc.client.model.Decision;
import vn.partybloc.client.model.Degree;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberEvent;
import vn.partybloc.client.model.MemberStatistics;
import vn.partybloc.client.model.MembershipKind;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationChangeMembers;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.PositionKind;
import vn.partybloc.client.model.Responsibility;
import vn.partybloc.client.model.ResponsibilityRequest;
import vn.partybloc.client.model.SplitPart;
import vn.partybloc.client.model.SplitRequest;
import vn.partybloc.client.model.SuccessionCandidate;
import vn.partybloc.client.model.SuccessionPlan;
import vn.partybloc.client.model.SuccessionPlanRequest;
import vn.partybloc.client.model.Vetting;
import vn.partybloc.client.model.VettingPurpose;
import vn.partybloc.client.model.VettingRequest;

/**
 * Members and their committees: a member is admitted and becomes a committee's secretary (vetted, planned for the next
 * term), and a secretary appoints a cell secretary, in their own subtree only; the members of a split cell follow into
 * the parts the organizer named.
 */
@Order(3)
class MembersAndCommitteesIT extends Journey {

    @Test
    void anOrganizerAdmitsAMemberWhoBecomesACommitteeSecretaryAndTheFiguresFollow() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("GC"), "Đảng bộ Sở Tài chính mới", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell =
                found(organizer, code("SC"), "Chi bộ Phòng Ngân sách", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        // A man's digits for a woman: the admission succeeds, and says that they disagree.
        String nationalId = NationalIds.next(Gender.MALE, 1985);
        Member admitted = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Nguyễn Thị Hồng Nhung", LocalDate.of(1985, 3, 8), Gender.FEMALE, cell)
                                .nationalId(nationalId)
                                .admittedOn(LocalDate.of(2008, 5, 19))
                                .fullMemberSince(LocalDate.of(2009, 5, 19))
                                .degree(Degree.DOCTOR),
                        null);
        assertEquals(nationalId, admitted.getNationalId());
        assertEquals(List.of("nationalId digit 4 says MALE but gender is FEMALE"), admitted.getWarnings());
        UUID executive = formCommittee(organizer, committee, CommitteeKind.EXECUTIVE_COMMITTEE);
        UUID position =
                startPosition(organizer, executive, admitted.getId(), Appointment.ELECTED, LocalDate.of(2025, 6, 20));
        // The new secretary follows the cell, and is vetted and planned for the next term.
        CommitteePositionsApi positions = new CommitteePositionsApi(Gateway.as(organizer));
        positions.assignResponsibility(
                position,
                new ResponsibilityRequest()
                        .field("tổ chức")
                        .followedOrganizationId(cell)
                        .attendsMeetings(true),
                null);
        assertReadsBack(
                List.of(cell), positions.listResponsibilities(position), Responsibility::getFollowedOrganizationId);
        PoliticalVettingApi vettings = new PoliticalVettingApi(Gateway.as(organizer));
        Vetting vetting = vettings.recordVetting(
                admitted.getId(),
                new VettingRequest()
                        .purpose(VettingPurpose.PLANNING)
                        .conclusion("Đủ tiêu chuẩn chính trị")
                        .concludedOn(LocalDate.of(2025, 5, 30))
                        .decisionNumber("9-BC/ĐUK"),
                null);
        assertReadsBack(List.of(vetting.getId()), vettings.listVettings(admitted.getId()), Vetting::getId);
        SuccessionPlansApi succession = new SuccessionPlansApi(Gateway.as(organizer));
        SuccessionPlan plan = succession.createSuccessionPlan(
                new SuccessionPlanRequest()
                        .organizationId(committee)
                        .committeeKind(CommitteeKind.EXECUTIVE_COMMITTEE)
                        .position(PositionKind.SECRETARY)
                        .termStartYear(2030)
                        .termEndYear(2035),
                null);
        succession.addSuccessionCandidate(
                plan.getId(),
                new CandidateRequest().memberId(admitted.getId()).addedOn(LocalDate.of(2026, 1, 10)),
                null);
        assertReadsBack(
                List.of(admitted.getId()),
                succession.getSuccessionPlan(plan.getId()).getCandidates(),
                SuccessionCandidate::getMemberId);

        Member seenByViewer = new MembersApi(Gateway.as(LocalStack.login("viewer"))).getMember(admitted.getId(), null);
        assertNull(seenByViewer.getNationalId(), "a viewer does not see national ids");
        MemberStatistics statistics = new MembersApi(Gateway.as(organizer)).getMemberStatistics(null, committee);
        assertEquals(1, statistics.getCommitteeMembers().getTotal());
        assertEquals(100.0, statistics.getCommitteeMembers().getDoctorShare());
    }

    @Test
    void aSecretaryAppointsACellSecretaryInTheirOwnSubtreeOnly() throws ApiException {
        String secretary = LocalStack.login("secretary");
        String organizer = LocalStack.login("organizer");
        // The demo loader bound the secretary to GC001: take a full member of its subtree, and that member's cell.
        Member found = new MembersApi(Gateway.as(secretary))
                .listMembers(
                        null,
                        null,
                        null,
                        null,
                        List.of(MembershipKind.FULL),
                        null,
                        null,
                        null,
                        null,
                        null,
                        1,
                        null,
                        null)
                .getItems()
                .get(0);
        UUID cell = found.getOrganizationId();
        UUID committee = formCommittee(secretary, cell, CommitteeKind.CELL_COMMITTEE);
        startPosition(secretary, committee, found.getId(), Appointment.APPOINTED, LocalDate.of(2025, 9, 1));
        assertEquals(
                1,
                new MembersApi(Gateway.as(secretary))
                        .getMemberStatistics(null, cell)
                        .getCommitteeMembers()
                        .getByPosition()
                        .get("SECRETARY"));
        // Outside their subtree the organization does not exist for them.
        UUID elsewhere = found(organizer, code("X"), "Chi bộ Sở Y tế", OrganizationType.GRASSROOTS_CELL, bloc);
        ApiException refused = assertThrows(
                ApiException.class, () -> formCommittee(secretary, elsewhere, CommitteeKind.CELL_COMMITTEE));
        assertTrue(refused.getCode() == 404 || refused.getCode() == 403, "answered " + refused.getCode());
    }

    @Test
    void theMembersOfASplitCellFollowIntoThePartsTheOrganizerNamed() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("GC"), "Đảng bộ Sở Công Thương mới", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell = found(organizer, code("SC"), "Chi bộ Phòng Quản lý", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        MembersApi members = new MembersApi(Gateway.as(organizer));
        UUID unnamed = admitFullMember(members, "Trần Văn Đầu", cell);
        UUID named = admitFullMember(members, "Lê Thị Tách", cell);

        List<Organization> parts = new StructuralChangesApi(Gateway.as(organizer))
                .splitOrganization(
                        cell,
                        new SplitRequest()
                                .into(List.of(
                                        new SplitPart().code(code("SP")).name("Chi bộ Quản lý 1"),
                                        new SplitPart()
                                                .code(code("SP"))
                                                .name("Chi bộ Quản lý 2")
                                                .memberIds(List.of(named))))
                                .decision(new Decision().number("55-QĐ/ĐU").date(LocalDate.of(2024, 2, 1))),
                        null,
                        null);

        // member-service hears of the split from organization-service's events, and moves both members.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> parts.get(1)
                        .getId()
                        .equals(members.getMember(named, null).getOrganizationId()));
        assertEquals(parts.get(0).getId(), members.getMember(unnamed, null).getOrganizationId());
        UUID split = new OrganizationsApi(Gateway.as(organizer))
                .getOrganizationHistory(cell).stream()
                        .filter(change -> change.getKind() == ChangeKind.SPLIT)
                        .findFirst()
                        .orElseThrow()
                        .getId();
        OrganizationChangeMembers carried = members.getOrganizationChangeMembers(split);
        assertEquals(
                Set.of(unnamed, named),
                carried.getCarried().stream().map(MemberEvent::getMemberId).collect(Collectors.toSet()));
        assertEquals(List.of(), carried.getUnapplied());
    }
}
