package vn.partybloc.member.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.IdentityNumber;
import vn.partybloc.member.domain.IdentityNumber.Kind;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "MemberLookupRequest",
        description = "Exactly one number the member is known by elsewhere.",
        example = """
                {
                  "nationalId": "087085001234"
                }""")
public record MemberLookupRequest(
        @Schema(description = "12-digit personal id (CCCD).", example = "087085001234", maxLength = 12)
        @Pattern(regexp = "^[0-9]{12}$", message = "{vn.partybloc.member.national-id-digits}")
        String nationalId,

        @Schema(description = "Party card number.", maxLength = 32) @Size(max = 32) @PlainText
        String partyCardNumber,

        @Schema(description = "Dossier number (số lý lịch).", maxLength = 32) @Size(max = 32) @PlainText
        String dossierNumber) {

    @AssertTrue(message = "{vn.partybloc.member.lookup.one-number}")
    @Schema(hidden = true)
    boolean isOneNumberGiven() {
        return Stream.of(nationalId, partyCardNumber, dossierNumber)
                        .filter(Objects::nonNull)
                        .count()
                == 1;
    }

    IdentityNumber toDomain() {
        if (nationalId != null) {
            return new IdentityNumber(Kind.NATIONAL_ID, nationalId);
        }
        return partyCardNumber != null
                ? new IdentityNumber(Kind.PARTY_CARD_NUMBER, partyCardNumber)
                : new IdentityNumber(Kind.DOSSIER_NUMBER, dossierNumber);
    }
}
