package vn.partybloc.member.domain;

/** A number another system knows a member by, to look them up with: national id, party card or dossier number. */
public record IdentityNumber(Kind kind, String value) {

    public enum Kind {
        NATIONAL_ID("nationalId"),
        PARTY_CARD_NUMBER("partyCardNumber"),
        DOSSIER_NUMBER("dossierNumber");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The member's field, as the entity and the API name it. */
        public String field() {
            return field;
        }
    }
}
