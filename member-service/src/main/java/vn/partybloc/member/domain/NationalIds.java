package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 12-digit personal id (CCCD): digits 1–3 the province, digit 4 century and gender (0/1: 1900s male/female,
 * 2/3: 2000s, 4/5: 2100s), digits 5–6 the year of birth. A mismatch is a warning, never a rejection.
 */
public final class NationalIds {

    private NationalIds() {}

    public static boolean isWellFormed(String nationalId) {
        return nationalId != null && nationalId.matches("\\d{12}");
    }

    public static List<String> warnings(String nationalId, Gender gender, LocalDate dateOfBirth) {
        List<String> warnings = new ArrayList<>();
        int code = nationalId.charAt(3) - '0';
        if (code > 9 || dateOfBirth == null || gender == null) {
            return warnings;
        }
        int century = 1900 + (code / 2) * 100;
        Gender coded = code % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        if (code <= 5 && coded != gender) {
            warnings.add("nationalId digit 4 says " + coded + " but gender is " + gender);
        }
        int year = century + Integer.parseInt(nationalId.substring(4, 6));
        if (code <= 5 && year != dateOfBirth.getYear()) {
            warnings.add("nationalId says born in " + year + " but dateOfBirth is " + dateOfBirth);
        }
        return warnings;
    }
}
