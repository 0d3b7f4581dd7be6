package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CommitteePositionsApi;
import vn.partybloc.client.api.CommitteesApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Appointment;
import vn.partybloc.client.model.CommitteeKind;
import vn.partybloc.client.model.CommitteeRequest;
import vn.partybloc.client.model.Decision;
import vn.partybloc.client.model.FoundOrganizationRequest;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.HostUnit;
import vn.partybloc.client.model.HostUnitKind;
import vn.partybloc.client.model.MemberRequest;
import vn.partybloc.client.model.NewOrganization;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.PositionKind;
import vn.partybloc.client.model.PositionRequest;

/**
 * What every journey stands on: the one stack of this test JVM (started by the first journey class, with the demo Bloc
 * loaded once), an admin's token fetched per use (an access token expires within a long run), the Bloc's id, and the steps several stories share. Journeys call the API through
 * the gateway with the Java client generated from the merged document ({@link Gateway}), so every request and response
 * is checked against that document. The classes run in the order of their {@code @Order} (see
 * {@code junit-platform.properties}): the demo figures first, the contract coverage last.
 */
abstract class Journey {

    static UUID bloc;

    @BeforeAll
    static synchronized void theDemoBlocIsUp() throws ApiException {
        if (bloc != null) {
            return;
        }
        LocalStack.ensureStarted();
        LocalStack.loadDemoData();
        String admin = admin();
        List<Organization> roots = new OrganizationsApi(Gateway.as(admin))
                .listOrganizations(
                        null, null, null, null, null, null, null, null, List.of(OrganizationType.BLOC_COMMITTEE))
                .getItems();
        bloc = roots.isEmpty()
                ? found(
                        admin,
                        "BLOC",
                        "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh",
                        OrganizationType.BLOC_COMMITTEE,
                        null)
                : roots.get(0).getId();
    }

    /** A fresh admin token from Keycloak for each use. */
    static String admin() {
        return LocalStack.login("admin");
    }

    static UUID found(String token, String code, String name, OrganizationType type, UUID parent) throws ApiException {
        return new OrganizationsApi(Gateway.as(token))
                .foundOrganization(
                        new FoundOrganizationRequest()
                                .organization(new NewOrganization()
                                        .code(code)
                                        .name(name)
                                        .type(type)
                                        .parentId(parent)
                                        .hostUnit(
                                                new HostUnit().name("Sở Nội vụ").kind(HostUnitKind.AGENCY)))
                                .decision(
                                        new Decision().number(code + "-QĐ/ĐUK").date(LocalDate.of(2024, 1, 15))),
                        null)
                .getId();
    }

    /** A member to admit, with a national id of the run that no other member has (see {@link NationalIds}). */
    static MemberRequest member(String fullName, LocalDate born, Gender gender, UUID organization) {
        return new MemberRequest()
                .fullName(fullName)
                .dateOfBirth(born)
                .gender(gender)
                .nationalId(NationalIds.next(gender, born.getYear()))
                .organizationId(organization);
    }

    /** A full member of {@code cell} since 2011, admitted in 2010. */
    static UUID admitFullMember(MembersApi members, String name, UUID cell) throws ApiException {
        return members.admitMember(
                        member(name, LocalDate.of(1985, 3, 8), Gender.MALE, cell)
                                .admittedOn(LocalDate.of(2010, 5, 19))
                                .fullMemberSince(LocalDate.of(2011, 5, 19)),
                        null)
                .getId();
    }

    static UUID formCommittee(String token, UUID organization, CommitteeKind kind) throws ApiException {
        return new CommitteesApi(Gateway.as(token))
                .formCommittee(
                        new CommitteeRequest()
                                .organizationId(organization)
                                .kind(kind)
                                .termStartYear(2025)
                                .termEndYear(2030),
                        null)
                .getId();
    }

    static UUID startPosition(String token, UUID committee, UUID member, Appointment appointment, LocalDate startsOn)
            throws ApiException {
        return new CommitteePositionsApi(Gateway.as(token))
                .startPosition(
                        new PositionRequest()
                                .committeeId(committee)
                                .memberId(member)
                                .position(PositionKind.SECRETARY)
                                .appointment(appointment)
                                .startsOn(startsOn),
                        null)
                .getId();
    }

    /**
     * Reads back what a journey created: what the service lists now, each item seen through {@code key}, is exactly
     * {@code created}, in that order.
     */
    static <T, K> void assertReadsBack(List<K> created, List<T> listed, Function<T, K> key) {
        assertEquals(created, listed.stream().map(key).toList());
    }

    /** member-service learns of a new organization from organization-service's events. */
    static void awaitMemberServiceKnows(String token, UUID organization) {
        CommitteesApi committees = new CommitteesApi(Gateway.as(token));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> succeeds(() -> committees.listCommittees(organization)));
    }

    /**
     * Sends a creating call until the service it goes to has learnt from events what the call names (a 4xx until
     * then); returns the answer of the one that succeeded.
     */
    static <T> T whenKnown(Creation<T> call) {
        AtomicReference<T> answer = new AtomicReference<>();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> succeeds(() -> answer.set(call.send())));
        return answer.get();
    }

    /** Whether a call succeeds; a refusal (4xx) while another service catches up is a "not yet". */
    static boolean succeeds(Call call) throws ApiException {
        try {
            call.run();
            return true;
        } catch (ApiException e) {
            if (e.getCode() >= 400 && e.getCode() < 500) {
                return false;
            }
            throw e;
        }
    }

    static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @FunctionalInterface
    interface Call {
        void run() throws ApiException;
    }

    @FunctionalInterface
    interface Creation<T> {
        T send() throws ApiException;
    }
}
