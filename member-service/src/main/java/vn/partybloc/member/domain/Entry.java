package vn.partybloc.member.domain;

import java.time.LocalDate;

/**
 * How a member comes onto the Bloc's register: admitted (kết nạp) on their admission date, or transferred in from a
 * party organization outside the Bloc on the day the receiving decision takes effect, with where they came from.
 */
public record Entry(MembershipChangeKind kind, LocalDate on, String origin) {

    public static Entry admission(LocalDate admittedOn) {
        return new Entry(MembershipChangeKind.ADMITTED, admittedOn, null);
    }

    public static Entry transferIn(LocalDate receivedOn, String origin) {
        return new Entry(MembershipChangeKind.TRANSFERRED_IN, receivedOn, origin);
    }

    public boolean transferredIn() {
        return kind == MembershipChangeKind.TRANSFERRED_IN;
    }

    public String eventType() {
        return transferredIn() ? "MemberTransferredIn" : "MemberAdmitted";
    }
}
