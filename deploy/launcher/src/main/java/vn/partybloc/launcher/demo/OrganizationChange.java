package vn.partybloc.launcher.demo;

import java.util.List;

/** One structural command of the demo's history, naming organizations by their codes. */
public sealed interface OrganizationChange {

    Decision decision();

    /** A new organization under an existing parent. */
    record Founding(NewOrganization organization, Decision decision) implements OrganizationChange {}

    /** Handed, with its subtree, to a superior outside the Bloc. */
    record TransferOut(String code, String destination, Decision decision) implements OrganizationChange {}

    /** Received from outside the Bloc. */
    record TransferIn(NewOrganization organization, String origin, Decision decision) implements OrganizationChange {}

    /** A cell split into new ones under the same parent, of the same type. */
    record Split(String sourceCode, List<Part> into, Decision decision) implements OrganizationChange {

        public record Part(String code, String name) {}
    }

    /** Cells consolidated into a new one. */
    record Merge(List<String> sourceCodes, NewOrganization newTarget, Decision decision)
            implements OrganizationChange {}
}
