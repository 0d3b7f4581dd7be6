package vn.partybloc.member.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "How the member comes onto the register: ADMITTED (kết nạp) by this Bloc, or TRANSFERRED_IN from "
                + "a party organization outside it (chuyển sinh hoạt đến), which needs `receivedOn` and `origin`.")
public enum MemberEntry {
    ADMITTED,
    TRANSFERRED_IN
}
